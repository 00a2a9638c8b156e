import { KEY_HASH_BITS, stringKeyHash } from './string-hash.util';

/** Values are packed next to the hash in one double: hash * VALUE_SPAN + value. */
const VALUE_SPAN = 2 ** (53 - KEY_HASH_BITS);
export const MAX_HASHED_MULTI_MAP_VALUE = VALUE_SPAN - 1;
/** The directory has about one slot per KEYS_PER_SLOT keys: a lookup then binary-searches a handful of keys. */
const KEYS_PER_SLOT = 2;

/**
 * An immutable multimap from strings to small non-negative integers held in three typed arrays
 * (sorted key hashes, offsets, values) instead of a Map of arrays: about 8 bytes per pair.
 * Keys are hashed, so a lookup may return values of a colliding key; callers verify what they get.
 */
export class HashedMultiMap {
  /** First key index of each slot of hashes sharing their top bits (see directoryFor), and one past the last. */
  private readonly directory: Int32Array;
  private readonly slotShift: number;

  private constructor(
    private readonly keys: Uint32Array,
    private readonly offsets: Int32Array,
    private readonly values: Int32Array,
  ) {
    // A binary search over millions of sorted hashes misses the CPU cache at every step; the
    // directory narrows each lookup to the few keys sharing the top bits of its hash first.
    const slotBits = Math.max(
      0,
      Math.min(KEY_HASH_BITS, Math.floor(Math.log2(Math.max(1, keys.length / KEYS_PER_SLOT)))),
    );
    this.slotShift = KEY_HASH_BITS - slotBits;
    this.directory = new Int32Array((1 << slotBits) + 1);
    let k = 0;
    for (let slot = 0; slot <= 1 << slotBits; slot++) {
      while (k < keys.length && keys[k] >>> this.slotShift < slot) k++;
      this.directory[slot] = k;
    }
  }

  /** Collects (key, value) pairs, then `build()` sorts them once. */
  static builder(): HashedMultiMapBuilder {
    return new HashedMultiMapBuilder((keys, offsets, values) => new HashedMultiMap(keys, offsets, values));
  }

  /** Values stored under `key` (and under any key with the same hash), ascending. */
  get(key: string): Int32Array {
    return this.getByHash(stringKeyHash(key));
  }

  /** Values stored under a key hash computed by the caller (see string-hash.util). */
  getByHash(hash: number): Int32Array {
    const slot = hash >>> this.slotShift;
    let lo = this.directory[slot];
    let hi = this.directory[slot + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid];
      if (k < hash) lo = mid + 1;
      else if (k > hash) hi = mid - 1;
      else return this.values.subarray(this.offsets[mid], this.offsets[mid + 1]);
    }
    return EMPTY;
  }

  get pairCount(): number {
    return this.values.length;
  }
}

const EMPTY = new Int32Array(0);

export class HashedMultiMapBuilder {
  private packed = new Float64Array(1024);
  private size = 0;

  constructor(
    private readonly create: (keys: Uint32Array, offsets: Int32Array, values: Int32Array) => HashedMultiMap,
  ) {}

  add(key: string, value: number): void {
    this.addByHash(stringKeyHash(key), value, key);
  }

  /** `description` names the key in the error message when the value is out of range. */
  addByHash(hash: number, value: number, description: string = String(hash)): void {
    if (!Number.isInteger(value) || value < 0 || value > MAX_HASHED_MULTI_MAP_VALUE) {
      throw new RangeError(
        `HashedMultiMap value for key "${description}" must be an integer in 0..${MAX_HASHED_MULTI_MAP_VALUE}, got ${value}`,
      );
    }
    if (this.size === this.packed.length) {
      const grown = new Float64Array(this.packed.length * 2);
      grown.set(this.packed);
      this.packed = grown;
    }
    this.packed[this.size++] = hash * VALUE_SPAN + value;
  }

  build(): HashedMultiMap {
    const sorted = this.packed.subarray(0, this.size).sort();
    // Two passes over the sorted pairs (count, then fill) keep the result in right-sized typed arrays.
    let uniquePairs = 0;
    let uniqueKeys = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) continue;
      uniquePairs++;
      if (i === 0 || Math.floor(sorted[i] / VALUE_SPAN) !== Math.floor(sorted[i - 1] / VALUE_SPAN))
        uniqueKeys++;
    }
    const keys = new Uint32Array(uniqueKeys);
    const offsets = new Int32Array(uniqueKeys + 1);
    const values = new Int32Array(uniquePairs);
    let keyCount = 0;
    let write = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) continue;
      const hash = Math.floor(sorted[i] / VALUE_SPAN);
      if (keyCount === 0 || keys[keyCount - 1] !== hash) {
        keys[keyCount] = hash;
        offsets[keyCount] = write;
        keyCount++;
      }
      values[write++] = sorted[i] - hash * VALUE_SPAN;
    }
    offsets[keyCount] = write;
    this.packed = new Float64Array(0);
    return this.create(keys, offsets, values);
  }
}
