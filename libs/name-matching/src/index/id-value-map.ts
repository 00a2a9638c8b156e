/** What `get` returns for an id the map does not hold. */
export const ABSENT = -1;
const EMPTY_KEY = -1;
const INITIAL_CAPACITY = 16;

/**
 * A map from non-negative integer ids to numbers, open addressing over two typed arrays. The
 * memoised token similarities are read several times per scored record; a built-in Map hashes and
 * boxes each key, this costs one multiply and usually one probe.
 */
export class IdValueMap {
  private keys = new Int32Array(INITIAL_CAPACITY).fill(EMPTY_KEY);
  private values = new Float64Array(INITIAL_CAPACITY);
  private shift = 32 - Math.log2(INITIAL_CAPACITY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The value stored for `id`, or ABSENT. */
  get(id: number): number {
    const keys = this.keys;
    const last = keys.length - 1;
    for (let slot = Math.imul(id, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & last) {
      const key = keys[slot];
      if (key === id) return this.values[slot];
      if (key === EMPTY_KEY) return ABSENT;
    }
  }

  set(id: number, value: number): void {
    if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff) {
      throw new RangeError(`IdValueMap id must be an integer in 0..2^31-1, got ${id}`);
    }
    // At most half full, so that probe runs stay short and a free slot always exists.
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.put(id, value);
  }

  private put(id: number, value: number): void {
    const keys = this.keys;
    const last = keys.length - 1;
    let slot = Math.imul(id, 0x9e3779b1) >>> this.shift;
    while (keys[slot] !== EMPTY_KEY && keys[slot] !== id) slot = (slot + 1) & last;
    if (keys[slot] === EMPTY_KEY) {
      keys[slot] = id;
      this.count++;
    }
    this.values[slot] = value;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY_KEY);
    this.values = new Float64Array(keys.length * 2);
    this.shift--;
    this.count = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] !== EMPTY_KEY) this.put(keys[slot], values[slot]);
    }
  }
}
