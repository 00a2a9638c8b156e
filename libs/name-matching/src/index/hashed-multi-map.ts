import { doubledScratchBuffer, type ResizableArrayBuffer, scratchBuffer } from './scratch-buffer';
import { KEY_HASH_BITS, stringKeyHash } from './string-hash.util';
import { sortPackedPairs } from './packed-pair-sort';

/** Values are packed next to the hash in one double: hash * VALUE_SPAN + value. */
const VALUE_SPAN = 2 ** (53 - KEY_HASH_BITS);
export const MAX_HASHED_MULTI_MAP_VALUE = VALUE_SPAN - 1;
/** The directory has about one slot per KEYS_PER_SLOT keys: a lookup then searches a handful of pairs. */
const KEYS_PER_SLOT = 2;
const INITIAL_CAPACITY = 1024;

type LowBitsArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * An immutable multimap from strings to small non-negative integers held in typed arrays instead of
 * a Map of arrays: per (key, value) pair the value and the low bits of the key's hash, sorted by hash
 * then value; a directory over the high bits of the hash gives each slot's first pair. A key's
 * values are the run of pairs with its low bits in its slot, so no per-key offsets are kept: about
 * 5 bytes per pair, plus 4 per directory slot (about one per two keys).
 * Keys are hashed, so a lookup may return values of a colliding key; callers verify what they get.
 */
export class HashedMultiMap {
  private readonly slotShift: number;
  private readonly lowMask: number;

  private constructor(
    /** First pair of each slot of hashes sharing their top bits, and one past the last. */
    private readonly directory: Int32Array,
    private readonly lowBits: LowBitsArray,
    private readonly values: Int32Array,
    slotBits: number,
  ) {
    this.slotShift = KEY_HASH_BITS - slotBits;
    this.lowMask = 2 ** this.slotShift - 1;
  }

  /**
   * Collects (key, value) pairs, then `build()` sorts them once. `expectedPairs`, an estimate of how
   * many pairs will be added, sizes the collection up front (it grows past it when needed).
   */
  static builder(expectedPairs = INITIAL_CAPACITY): HashedMultiMapBuilder {
    return new HashedMultiMapBuilder(
      expectedPairs,
      (directory, lowBits, values, slotBits) => new HashedMultiMap(directory, lowBits, values, slotBits),
    );
  }

  /** Values stored under `key` (and under any key with the same hash), ascending. */
  get(key: string): Int32Array {
    return this.getByHash(stringKeyHash(key));
  }

  /** Values stored under a key hash computed by the caller (see string-hash.util). */
  getByHash(hash: number): Int32Array {
    const slot = hash >>> this.slotShift;
    const low = hash & this.lowMask;
    const lowBits = this.lowBits;
    // Lower bound of `low` in the slot, then the end of its run (a key may hold thousands of values).
    let lo = this.directory[slot];
    let hi = this.directory[slot + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lowBits[mid] < low) lo = mid + 1;
      else hi = mid;
    }
    const start = lo;
    hi = this.directory[slot + 1];
    if (start === hi || lowBits[start] !== low) return EMPTY;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lowBits[mid] <= low) lo = mid + 1;
      else hi = mid;
    }
    return this.values.subarray(start, lo);
  }

  get pairCount(): number {
    return this.values.length;
  }
}

const EMPTY = new Int32Array(0);

export class HashedMultiMapBuilder {
  /** The packed pairs, in a scratch buffer (see scratchBuffer) they may grow in twice over. */
  private buffer: ResizableArrayBuffer;
  private packed: Float64Array;
  private size = 0;

  constructor(
    expectedPairs: number,
    private readonly create: (
      directory: Int32Array,
      lowBits: LowBitsArray,
      values: Int32Array,
      slotBits: number,
    ) => HashedMultiMap,
  ) {
    const capacity = Math.max(16, expectedPairs);
    this.buffer = scratchBuffer(capacity * 8, capacity * 8 * 4);
    this.packed = new Float64Array(this.buffer);
  }

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
    if (this.size === this.packed.length) this.grow();
    this.packed[this.size++] = hash * VALUE_SPAN + value;
  }

  build(): HashedMultiMap {
    const sorted = sortPackedPairs(this.packed.subarray(0, this.size), VALUE_SPAN);
    // Two passes over the sorted pairs (count, then fill) keep the result in right-sized typed arrays.
    let uniquePairs = 0;
    let uniqueKeys = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) continue;
      uniquePairs++;
      if (i === 0 || Math.floor(sorted[i] / VALUE_SPAN) !== Math.floor(sorted[i - 1] / VALUE_SPAN))
        uniqueKeys++;
    }
    // A binary search over millions of sorted hashes misses the CPU cache at every step; the
    // directory narrows each lookup to the few pairs sharing the top bits of its hash first.
    const slotBits = Math.max(
      0,
      Math.min(KEY_HASH_BITS, Math.floor(Math.log2(Math.max(1, uniqueKeys / KEYS_PER_SLOT)))),
    );
    const lowBitCount = KEY_HASH_BITS - slotBits;
    const lowMask = 2 ** lowBitCount - 1;
    const directory = new Int32Array((1 << slotBits) + 1);
    const lowBits =
      lowBitCount <= 8
        ? new Uint8Array(uniquePairs)
        : lowBitCount <= 16
          ? new Uint16Array(uniquePairs)
          : new Uint32Array(uniquePairs);
    const values = new Int32Array(uniquePairs);
    let write = 0;
    let slot = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) continue;
      const hash = Math.floor(sorted[i] / VALUE_SPAN);
      // Slots up to this pair's own start here (empty slots start and end where the next one starts).
      for (const pairSlot = hash >>> lowBitCount; slot <= pairSlot; slot++) directory[slot] = write;
      lowBits[write] = hash & lowMask;
      values[write++] = sorted[i] - hash * VALUE_SPAN;
    }
    for (; slot < directory.length; slot++) directory[slot] = write;
    // Returns the pages now rather than when the buffer is collected.
    this.buffer.resize(0);
    return this.create(directory, lowBits, values, slotBits);
  }

  private grow(): void {
    const buffer = doubledScratchBuffer(this.buffer, 4);
    if (buffer === this.buffer) return;
    this.buffer = buffer;
    this.packed = new Float64Array(buffer);
  }
}
