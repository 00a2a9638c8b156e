import { iso6346CheckDigit, normaliseContainerNumber } from './container-number.normaliser';

describe('normaliseContainerNumber (ISO 6346)', () => {
  it.each([
    ['CSQU3054383', 3],
    ['MSKU9070323', 3],
    ['MAEU1234567', 7],
  ])('accepts %s, whose check digit is %i', (raw, digit) => {
    expect(normaliseContainerNumber(raw)).toEqual({
      key: raw,
      wellFormed: true,
      checkDigitValid: true,
      expectedCheckDigit: digit,
    });
  });

  it.each([
    ['MSCU1234565', 6],
    ['TGHU8829471', 0],
  ])('flags %s as a wrong check digit (ISO 6346 gives %i) but keeps its key', (raw, expected) => {
    expect(normaliseContainerNumber(raw)).toEqual({
      key: raw,
      wellFormed: true,
      checkDigitValid: false,
      expectedCheckDigit: expected,
    });
  });

  it('removes spaces, dashes and dots and upper-cases before checking', () => {
    expect(normaliseContainerNumber(' csqu 305438-3 ')).toMatchObject({
      key: 'CSQU3054383',
      checkDigitValid: true,
    });
  });

  it.each(['CSQ3054383', 'CSQX3054383', 'CSQU305438', '1234567890A', ''])(
    'marks %p as not well-formed',
    (raw) => {
      expect(normaliseContainerNumber(raw)).toMatchObject({ wellFormed: false, checkDigitValid: false });
    },
  );

  it('writes a weighted-sum remainder of 10 as check digit 0 (CSQU305008: sum 4905, 4905 mod 11 = 10)', () => {
    expect(iso6346CheckDigit('CSQU305008')).toBe(0);
    expect(normaliseContainerNumber('CSQU3050080').checkDigitValid).toBe(true);
  });

  it('refuses to compute a check digit for text that is not 4 letters and 6 digits', () => {
    expect(() => iso6346CheckDigit('CSQU30500X')).toThrow(/position 10/);
  });
});
