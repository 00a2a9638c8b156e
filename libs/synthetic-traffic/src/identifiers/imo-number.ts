/** IMO ship numbers: seven digits, the last being the sum of the first six weighted 7..2, modulo 10. */
export function imoCheckDigit(firstSix: string): number {
  if (!/^\d{6}$/u.test(firstSix)) throw new RangeError(`'${firstSix}' is not six digits`);
  let sum = 0;
  for (let i = 0; i < 6; i += 1) sum += Number(firstSix[i]) * (7 - i);
  return sum % 10;
}

export function imoNumber(firstSix: number): string {
  const digits = String(firstSix).padStart(6, '0');
  return `IMO${digits}${imoCheckDigit(digits)}`;
}

export function isValidImoNumber(value: string): boolean {
  const match = /^IMO(\d{6})(\d)$/u.exec(value);
  return match !== null && imoCheckDigit(match[1]!) === Number(match[2]);
}
