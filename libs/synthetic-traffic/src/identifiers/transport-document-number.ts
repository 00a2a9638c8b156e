/**
 * Numbers printed on transport documents, with the check digits carriers and posts use, so that
 * samples look like real paperwork: IATA air waybills (serial modulo 7) and UPU S10 postal items.
 */
export function airWaybillNumber(airlinePrefix: string, serialSevenDigits: number): string {
  const serial = String(serialSevenDigits).padStart(7, '0');
  return `${airlinePrefix}-${serial}${serialSevenDigits % 7}`;
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

export function s10CheckDigit(eightDigits: string): number {
  if (!/^\d{8}$/u.test(eightDigits)) throw new RangeError(`'${eightDigits}' is not eight digits`);
  const sum = S10_WEIGHTS.reduce((total, weight, i) => total + weight * Number(eightDigits[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

/** A UPU S10 item identifier, e.g. `RR123456785GB`. */
export function postalItemNumber(
  serviceIndicator: string,
  serialEightDigits: number,
  country: string,
): string {
  const serial = String(serialEightDigits).padStart(8, '0');
  return `${serviceIndicator}${serial}${s10CheckDigit(serial)}${country}`;
}
