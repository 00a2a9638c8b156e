import { NOT_FOUND, StringIdTable } from './string-id-table';

describe('StringIdTable', () => {
  it('gives each distinct string the next id, in the order first interned', () => {
    const table = new StringIdTable();
    expect(table.intern('MOHAMMED')).toBe(0);
    expect(table.intern('TRADING')).toBe(1);
    expect(table.intern('MOHAMMED')).toBe(0);
    expect(table.intern('')).toBe(2);
    expect(table.size).toBe(3);
    expect(table.strings).toEqual(['MOHAMMED', 'TRADING', '']);
  });

  it('finds the id of an interned string, and NOT_FOUND for any other', () => {
    const table = new StringIdTable();
    table.intern('WANG');
    table.intern('WANGA');
    expect(table.get('WANGA')).toBe(1);
    expect(table.get('WANG')).toBe(0);
    expect(table.get('WAN')).toBe(NOT_FOUND);
    expect(table.get('')).toBe(NOT_FOUND);
  });

  it('keeps every id as it grows to many strings', () => {
    const table = new StringIdTable();
    for (let i = 0; i < 20_000; i++) table.intern(`T${i}`);
    const wrong = [0, 1, 9_999, 19_999].filter((i) => table.get(`T${i}`) !== i);
    expect(wrong).toEqual([]);
    expect(table.get('T20000')).toBe(NOT_FOUND);
    expect(table.intern('T123')).toBe(123);
    expect(table.size).toBe(20_000);
  });

  it('keeps every string and id when it replaces its strings by copies', () => {
    const table = new StringIdTable();
    const long = 'ŁÓDŹ'.repeat(5000);
    const values = ['AL HAMID', 'HAMID', '', 'Ахмед', long];
    for (const value of values) table.intern(value.split(' ').pop() as string);
    table.intern('AL');
    table.copyStrings();
    expect(table.strings).toEqual(['HAMID', '', 'Ахмед', long, 'AL']);
    expect(['HAMID', '', 'Ахмед', long, 'AL'].map((value) => table.get(value))).toEqual([0, 1, 2, 3, 4]);
    expect(table.intern('HAMID')).toBe(0);
  });
});
