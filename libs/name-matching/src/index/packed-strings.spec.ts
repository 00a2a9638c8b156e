import { PackedStrings } from './packed-strings';

describe('PackedStrings', () => {
  const values = ['national/NAT-1', 'Café Noir SARL', '', 'Ахмед Ибрагим', 'un-sc/QDi.001', 'Café Noir SARL'];
  const packed = (() => {
    const builder = PackedStrings.builder();
    for (const value of values) builder.add(value);
    return builder.build();
  })();

  it('gives back every string as added, Latin-1, empty and other scripts alike', () => {
    expect(packed.size).toBe(values.length);
    expect(values.map((_, i) => packed.get(i))).toEqual(values);
  });

  it('tells whether a string equals the one at a position without confusing neighbours or prefixes', () => {
    expect(packed.equals(0, 'national/NAT-1')).toBe(true);
    expect(packed.equals(0, 'national/NAT-')).toBe(false);
    expect(packed.equals(0, 'national/NAT-1Café')).toBe(false);
    expect(packed.equals(2, '')).toBe(true);
    expect(packed.equals(3, 'Ахмед Ибрагим')).toBe(true);
    expect(packed.equals(3, '')).toBe(false);
  });

  it('keeps apart many strings of other scripts among Latin-1 and empty ones', () => {
    const mixed = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? `Иван ${i}` : i % 3 === 1 ? `Jean ${i}` : i % 10 === 2 ? '' : `王 ${i}`,
    );
    const builder = PackedStrings.builder();
    for (const value of mixed) builder.add(value);
    const text = builder.build();
    expect(mixed.map((_, i) => text.get(i))).toEqual(mixed);
    expect(mixed.every((value, i) => text.equals(i, value))).toBe(true);
    expect(text.equals(3, 'Иван 0')).toBe(false);
    expect(text.equals(2, '')).toBe(true);
  });

  it('holds strings longer than one chunk of the text', () => {
    const long = 'ABCDEFGHIJ'.repeat(2000);
    const builder = PackedStrings.builder();
    builder.add('x');
    builder.add(long);
    builder.add('y');
    const text = builder.build();
    expect([text.get(0), text.get(1), text.get(2)]).toEqual(['x', long, 'y']);
  });
});
