import { HsPrefixTable } from './hs-prefix-table';

describe('HsPrefixTable', () => {
  const table = new HsPrefixTable<string>();
  table.set('9301', 'military weapons');
  table.set('930190', 'other military weapons');
  table.set('9305', 'parts and accessories');

  it('finds the most specific heading a code falls under', () => {
    expect(table.lookup('9301900000')).toBe('other military weapons');
    expect(table.lookup('9301100000')).toBe('military weapons');
    expect(table.lookup('930510')).toBe('parts and accessories');
  });

  it('finds a heading for a code exactly as long as its prefix, and none for a shorter one', () => {
    expect(table.lookup('930190')).toBe('other military weapons');
    expect(table.lookup('930')).toBeUndefined();
  });

  it('finds nothing for a code under no listed heading', () => {
    expect(table.lookup('870323')).toBeUndefined();
    expect(table.lookup('9302000000')).toBeUndefined();
    expect(table.lookup('')).toBeUndefined();
  });

  it('knows the listed prefixes only, not the digits leading to them', () => {
    expect(table.has('930190')).toBe(true);
    expect(table.has('93019')).toBe(false);
    expect(table.has('93')).toBe(false);
  });

  it('keeps the last value set for a prefix', () => {
    const t = new HsPrefixTable<number>();
    t.set('8471', 1);
    t.set('8471', 2);
    expect(t.lookup('847130')).toBe(2);
  });

  it('rejects a prefix that is not all digits', () => {
    expect(() => new HsPrefixTable<number>().set('93A1', 1)).toThrow("HS prefix '93A1' is not all digits");
  });
});
