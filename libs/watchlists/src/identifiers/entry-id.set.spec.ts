import { EntryIdSet } from './entry-id.set';

describe('EntryIdSet', () => {
  it('answers -1 for a new id and the first line for a repeated one', () => {
    const ids = new EntryIdSet();
    expect(ids.addOrFind('NAT-1', 2)).toBe(-1);
    expect(ids.addOrFind('NAT-2', 3)).toBe(-1);
    expect(ids.addOrFind('NAT-1', 9)).toBe(2);
    expect(ids.size).toBe(2);
  });

  it('tells apart 200,000 distinct ids across table growth, and finds every one again', () => {
    const ids = new EntryIdSet();
    const wronglyFound: number[] = [];
    for (let n = 0; n < 200_000; n++) if (ids.addOrFind(`NAT-${n}`, n + 1) !== -1) wronglyFound.push(n);
    expect(wronglyFound).toEqual([]);
    const lines: number[] = [];
    for (let n = 0; n < 200_000; n += 997) lines.push(ids.addOrFind(`NAT-${n}`, 0) - (n + 1));
    expect(new Set(lines)).toEqual(new Set([0]));
    expect(ids.size).toBe(200_000);
    expect(ids.bytes).toBe(12 * 2 ** 19);
  });

  it('treats ids differing only in case or by a character as different', () => {
    const ids = new EntryIdSet();
    expect(ids.addOrFind('abc', 1)).toBe(-1);
    expect(ids.addOrFind('ABC', 2)).toBe(-1);
    expect(ids.addOrFind('abd', 3)).toBe(-1);
    expect(ids.addOrFind('', 4)).toBe(-1);
    expect(ids.addOrFind('', 5)).toBe(4);
  });
});
