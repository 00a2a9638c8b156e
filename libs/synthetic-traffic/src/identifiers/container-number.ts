/**
 * ISO 6346 container numbers: owner code (3 letters), category U, a 6-digit serial and a check digit.
 * Letter values start at A=10 and skip multiples of 11, so no letter collides with the modulus.
 */
const LETTER_VALUES: ReadonlyMap<string, number> = (() => {
  const values = new Map<string, number>();
  let value = 10;
  for (let code = 65; code <= 90; code += 1) {
    if (value % 11 === 0) value += 1;
    values.set(String.fromCharCode(code), value);
    value += 1;
  }
  return values;
})();

export function iso6346CheckDigit(firstTen: string): number {
  if (!/^[A-Z]{4}\d{6}$/u.test(firstTen)) throw new RangeError(`'${firstTen}' is not 4 letters and 6 digits`);
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const char = firstTen[i]!;
    sum += (i < 4 ? LETTER_VALUES.get(char)! : Number(char)) * 2 ** i;
  }
  return (sum % 11) % 10;
}

/** A full container number from a 4-letter prefix (owner + category) and a serial. */
export function containerNumber(prefix: string, serial: number): string {
  const firstTen = `${prefix}${String(serial).padStart(6, '0')}`;
  return `${firstTen}${iso6346CheckDigit(firstTen)}`;
}

export function isValidContainerNumber(value: string): boolean {
  return /^[A-Z]{3}[UJZ]\d{7}$/u.test(value) && iso6346CheckDigit(value.slice(0, 10)) === Number(value[10]);
}
