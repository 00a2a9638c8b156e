import { imoCheckDigit, normaliseImoNumber } from './imo-number.normaliser';

describe('normaliseImoNumber', () => {
  it.each(['IMO9321483', 'IMO9166778', 'IMO9074729'])('accepts %s, whose check digit is right', (raw) => {
    expect(normaliseImoNumber(raw)).toMatchObject({ key: raw, wellFormed: true, checkDigitValid: true });
  });

  it('computes the check digit from the first six digits weighted 7 to 2 (9321483: 123 -> 3)', () => {
    expect(imoCheckDigit('932148')).toBe(3);
  });

  it.each([
    ['9321483', 'IMO9321483'],
    ['imo 9321483', 'IMO9321483'],
    ['IMO-9321483', 'IMO9321483'],
    ['IMO no. 9321483', 'IMONO9321483'],
  ])('normalises %p to the key %p', (raw, key) => {
    expect(normaliseImoNumber(raw).key).toBe(key);
  });

  it('flags a wrong check digit and reports the expected one, keeping the key', () => {
    expect(normaliseImoNumber('IMO9321484')).toEqual({
      key: 'IMO9321484',
      wellFormed: true,
      checkDigitValid: false,
      expectedCheckDigit: 3,
    });
  });

  it.each(['IMO932148', 'IMO93214830', 'MMSI 366123456', ''])('marks %p as not well-formed', (raw) => {
    expect(normaliseImoNumber(raw)).toMatchObject({ wellFormed: false, checkDigitValid: false });
  });
});
