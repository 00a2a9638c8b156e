/** An IMO ship identification number, as `IMO` + 7 digits, with its check digit verified. */
export interface ImoNumber {
  /** `IMO` followed by the 7 digits when well-formed, else the upper-cased input without separators. */
  readonly key: string;
  readonly wellFormed: boolean;
  readonly checkDigitValid: boolean;
  readonly expectedCheckDigit?: number;
}

/** The IMO check digit: the first six digits weighted 7..2, summed, last digit of the sum. */
export function imoCheckDigit(firstSix: string): number {
  if (!/^\d{6}$/u.test(firstSix)) throw new RangeError(`'${firstSix}' is not six digits`);
  let sum = 0;
  for (let i = 0; i < 6; i += 1) sum += Number(firstSix[i]) * (7 - i);
  return sum % 10;
}

export function normaliseImoNumber(raw: string): ImoNumber {
  const compact = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/gu, '');
  const digits = compact.startsWith('IMO') ? compact.slice(3) : compact;
  if (!/^\d{7}$/u.test(digits)) return { key: compact, wellFormed: false, checkDigitValid: false };
  const expectedCheckDigit = imoCheckDigit(digits.slice(0, 6));
  return {
    key: `IMO${digits}`,
    wellFormed: true,
    checkDigitValid: Number(digits[6]) === expectedCheckDigit,
    expectedCheckDigit,
  };
}
