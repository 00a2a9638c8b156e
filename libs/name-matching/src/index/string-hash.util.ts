/** Bits kept from a key hash, so that hash * 2^27 + value stays an exact double (26 + 27 = 53). */
export const KEY_HASH_BITS = 26;
const KEY_HASH_MASK = 2 ** KEY_HASH_BITS - 1;

/** FNV-1a hash of a string's UTF-16 code units, cut to KEY_HASH_BITS. */
export function stringKeyHash(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & KEY_HASH_MASK;
}

/** Hash of an unordered pair of token ids (murmur3 finaliser), cut to KEY_HASH_BITS. */
export function tokenPairKeyHash(a: number, b: number): number {
  const low = a < b ? a : b;
  const high = a < b ? b : a;
  let h = Math.imul(low ^ 0x9e3779b9, 0x85ebca6b) ^ high;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & KEY_HASH_MASK;
}
