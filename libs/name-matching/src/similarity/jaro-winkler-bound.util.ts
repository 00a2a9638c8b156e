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

/**
 * A cheaper, looser bound than joinedJaroWinklerUpperBound: each character class one side has and
 * the other lacks stands for at least one character that cannot match, so the masks alone bound
 * the matches without a pass over the characters.
 */
export function joinedMaskJaroWinklerUpperBound(
  first: string,
  second: string,
  joinedMask: number,
  other: string,
  otherMask: number,
): number {
  const joinedLength = first.length + second.length;
  const matches = Math.min(
    joinedLength - bitCount(joinedMask & ~otherMask),
    other.length - bitCount(otherMask & ~joinedMask),
  );
  return joinedBoundFor(matches, first, second, other);
}

/**
 * jaroWinklerUpperBound(first + second, joinedMask, other, otherMask) without building the joined
 * string: two adjacent tokens compared as one with a token of the other name (the same value, as
 * the bound is symmetric in its two strings).
 */
export function joinedJaroWinklerUpperBound(
  first: string,
  second: string,
  joinedMask: number,
  other: string,
  otherMask: number,
): number {
  const joinedLength = first.length + second.length;
  let onlyInJoined = 0;
  for (let i = 0; i < first.length; i++) {
    if ((otherMask & (1 << (first.charCodeAt(i) & 31))) === 0) onlyInJoined++;
  }
  for (let i = 0; i < second.length; i++) {
    if ((otherMask & (1 << (second.charCodeAt(i) & 31))) === 0) onlyInJoined++;
  }
  let onlyInOther = 0;
  for (let j = 0; j < other.length; j++) {
    if ((joinedMask & (1 << (other.charCodeAt(j) & 31))) === 0) onlyInOther++;
  }
  const matches = Math.min(joinedLength - onlyInJoined, other.length - onlyInOther);
  return joinedBoundFor(matches, first, second, other);
}

/** The Jaro-Winkler value of first + second against other if `matches` characters matched, none transposed. */
function joinedBoundFor(matches: number, first: string, second: string, other: string): number {
  if (matches <= 0) {
    return 0;
  }
  const joinedLength = first.length + second.length;
  const jaro = (matches / joinedLength + matches / other.length + 1) / 3;
  const prefix = joinedPrefix(first, second, other);
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Length of the common prefix (at most 4, as Jaro-Winkler counts it) of first + second and other. */
function joinedPrefix(first: string, second: string, other: string): number {
  let prefix = 0;
  const maxPrefix = Math.min(4, first.length + second.length, other.length);
  while (
    prefix < maxPrefix &&
    (prefix < first.length ? first.charCodeAt(prefix) : second.charCodeAt(prefix - first.length)) ===
      other.charCodeAt(prefix)
  ) {
    prefix++;
  }
  return prefix;
}

function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
