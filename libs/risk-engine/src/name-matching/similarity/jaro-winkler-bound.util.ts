/** A 32-bit set of the characters in a token (UTF-16 code unit modulo 32): equal letters share a bit. */
export function characterMask(token: string): number {
  let mask = 0;
  for (let i = 0; i < token.length; i++) {
    mask |= 1 << (token.charCodeAt(i) & 31);
  }
  return mask;
}

/**
 * An upper bound of jaroWinkler(a, b) from the characters each token has that the other cannot
 * have (their bit is missing from the other's mask): those can never be Jaro matches. Costs a
 * pass over both tokens, several times cheaper than Jaro-Winkler, and lets the scorer skip pairs
 * that cannot reach the match floor.
 */
export function jaroWinklerUpperBound(a: string, maskA: number, b: string, maskB: number): number {
  let onlyInA = 0;
  for (let i = 0; i < a.length; i++) {
    if ((maskB & (1 << (a.charCodeAt(i) & 31))) === 0) onlyInA++;
  }
  let onlyInB = 0;
  for (let j = 0; j < b.length; j++) {
    if ((maskA & (1 << (b.charCodeAt(j) & 31))) === 0) onlyInB++;
  }
  const matches = Math.min(a.length - onlyInA, b.length - onlyInB);
  if (matches <= 0) {
    return 0;
  }
  const jaro = (matches / a.length + matches / b.length + 1) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(4, a.length, b.length);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) {
    prefix++;
  }
  return jaro + prefix * 0.1 * (1 - jaro);
}
