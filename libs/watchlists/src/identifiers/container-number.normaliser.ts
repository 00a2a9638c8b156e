/** A container number reduced to its ISO 6346 form, with the check digit verified. */
export interface ContainerNumber {
  /** Upper-case, spaces and separators removed: the exact-match lookup key. */
  readonly key: string;
  /** Owner code (3 letters), category U/J/Z, 6-digit serial and a check digit. */
  readonly wellFormed: boolean;
  readonly checkDigitValid: boolean;
  /** The check digit ISO 6346 requires for the first ten characters, when well-formed. */
  readonly expectedCheckDigit?: number;
}

const ISO_6346_SHAPE = /^[A-Z]{3}[UJZ]\d{7}$/u;

/**
 * ISO 6346 letter values start at A=10 and skip multiples of 11 (11, 22, 33), so that
 * no letter's value collides with the modulus.
 */
const LETTER_VALUES: ReadonlyMap<string, number> = (() => {
  const values = new Map<string, number>();
  let value = 10;
  for (let code = 'A'.charCodeAt(0); code <= 'Z'.charCodeAt(0); code += 1) {
    if (value % 11 === 0) value += 1;
    values.set(String.fromCharCode(code), value);
    value += 1;
  }
  return values;
})();

/** The check digit of the first ten characters of a well-formed container number. */
export function iso6346CheckDigit(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const char = firstTen[i] ?? '';
    const value = i < 4 ? LETTER_VALUES.get(char) : Number(char);
    if (value === undefined || Number.isNaN(value)) {
      throw new RangeError(`'${firstTen}' is not 4 letters and 6 digits at position ${i + 1}`);
    }
    sum += value * 2 ** i;
  }
  // A remainder of 10 is written as 0 (ISO 6346 advises owners not to issue such serials).
  return (sum % 11) % 10;
}

export function normaliseContainerNumber(raw: string): ContainerNumber {
  const key = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-./]/gu, '');
  if (!ISO_6346_SHAPE.test(key)) return { key, wellFormed: false, checkDigitValid: false };
  const expectedCheckDigit = iso6346CheckDigit(key.slice(0, 10));
  return {
    key,
    wellFormed: true,
    checkDigitValid: Number(key[10]) === expectedCheckDigit,
    expectedCheckDigit,
  };
}
