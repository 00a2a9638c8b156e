import { truncateUtf8 } from './truncate-utf8';

describe('truncateUtf8', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateUtf8('items[0].hsCode: must match pattern', 64)).toBe(
      'items[0].hsCode: must match pattern',
    );
  });

  it('cuts ASCII at the byte limit including the ellipsis', () => {
    const cut = truncateUtf8('a'.repeat(100), 10);
    expect(cut).toBe('aaaaaaa…');
    expect(Buffer.byteLength(cut)).toBe(10);
  });

  it.each([
    ['two-byte letters', 'é'.repeat(50)],
    ['three-byte CJK', '武器'.repeat(40)],
    ['four-byte emoji', '🔫'.repeat(30)],
    ['mixed scripts', 'Пистолет 手枪 مسدس 🔫 pistol '.repeat(10)],
  ])('never splits a character of %s', (_name, text) => {
    for (let max = 3; max < 60; max += 1) {
      const cut = truncateUtf8(text, max);
      expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(max);
      expect(cut).not.toContain('\uFFFD');
      expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    }
  });

  it('replaces a lone surrogate by U+FFFD rather than emitting invalid UTF-8', () => {
    expect(truncateUtf8('a\uD800b', 64)).toBe('a\uFFFDb');
  });

  it('refuses a limit too small to hold the ellipsis', () => {
    expect(() => truncateUtf8('abc', 2)).toThrow('maxBytes must be an integer >= 3 (got 2)');
  });
});
