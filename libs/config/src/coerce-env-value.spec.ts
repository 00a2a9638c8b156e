import { coerceEnvValue } from './coerce-env-value';

describe('coerceEnvValue', () => {
  it.each([
    ['42', 42],
    [' -7 ', -7],
    ['4.5', '4.5'],
    ['12abc', '12abc'],
    ['', ''],
  ])('reads integer %j as %j', (raw, value) => expect(coerceEnvValue(raw, 'integer')).toBe(value));

  it.each([
    ['true', true],
    ['YES', true],
    ['1', true],
    ['off', false],
    ['0', false],
    ['maybe', 'maybe'],
  ])('reads boolean %j as %j', (raw, value) => expect(coerceEnvValue(raw, 'boolean')).toBe(value));

  it('splits a list on commas, trimming and dropping empty entries', () => {
    expect(coerceEnvValue(' a:1 ,, b:2,', 'list')).toEqual(['a:1', 'b:2']);
    expect(coerceEnvValue('', 'list')).toEqual([]);
  });

  it('keeps strings and file paths verbatim', () => {
    expect(coerceEnvValue(' x ', 'string')).toBe(' x ');
    expect(coerceEnvValue('/a b/c.pem', 'file')).toBe('/a b/c.pem');
  });
});
