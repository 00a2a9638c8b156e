const EMPTY = 0;
const INITIAL_SLOTS = 1 << 10;

/**
 * The entry ids of a file seen so far, for refusing a repeated `entryId` without holding the ids.
 * Each id is kept as a 64-bit hash (two independent 32-bit FNV-1a/Murmur-style hashes) plus the line
 * it was first seen on, in an open-addressing table of typed arrays kept at most half full: 12 bytes
 * a slot, so a million ids take 2^21 slots = 24 MiB (36 MiB for the moment the table doubles), against
 * roughly 100 MiB for a Map of the id strings. The price is a false "already used" when two different
 * ids share all 64 bits: for n ids the chance is about n^2 / 2^65, 3 in 100 million for a million
 * ids; the refusal names both lines, so such a (never yet seen) case is visible to the analyst.
 */
export class EntryIdSet {
  private high = new Uint32Array(INITIAL_SLOTS);
  private low = new Uint32Array(INITIAL_SLOTS);
  private lines = new Uint32Array(INITIAL_SLOTS);
  private used = 0;

  get size(): number {
    return this.used;
  }

  /** Bytes the table holds now. */
  get bytes(): number {
    return this.high.byteLength + this.low.byteLength + this.lines.byteLength;
  }

  /**
   * Adds `id`, first seen on `line` (0 when the source has no lines); returns the line of the id's
   * first sighting when it was already there (-1 when it is new).
   */
  addOrFind(id: string, line: number): number {
    const [high, low] = hash64(id);
    const found = this.slotOf(high, low);
    if (this.high[found] !== EMPTY || this.low[found] !== EMPTY) return this.lines[found] as number;
    this.high[found] = high;
    this.low[found] = low;
    this.lines[found] = line;
    this.used += 1;
    if (this.used * 2 > this.high.length) this.grow();
    return -1;
  }

  private slotOf(high: number, low: number): number {
    const mask = this.high.length - 1;
    let slot = low & mask;
    while (this.high[slot] !== EMPTY || this.low[slot] !== EMPTY) {
      if (this.high[slot] === high && this.low[slot] === low) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private grow(): void {
    const [high, low, lines] = [this.high, this.low, this.lines];
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(high.length * 2);
    this.lines = new Uint32Array(high.length * 2);
    for (let slot = 0; slot < high.length; slot++) {
      if (high[slot] === EMPTY && low[slot] === EMPTY) continue;
      const at = this.slotOf(high[slot] as number, low[slot] as number);
      this.high[at] = high[slot] as number;
      this.low[at] = low[slot] as number;
      this.lines[at] = lines[slot] as number;
    }
  }
}

/** Two independent 32-bit hashes of the UTF-16 code units; never both zero (zero/zero marks an empty slot). */
export function hash64(id: string): [number, number] {
  let fnv = 0x811c9dc5;
  let murmur = 0x9747b28c ^ id.length;
  for (let at = 0; at < id.length; at++) {
    const unit = id.charCodeAt(at);
    fnv = Math.imul(fnv ^ unit, 0x01000193);
    let k = Math.imul(unit, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    murmur ^= k;
    murmur = Math.imul((murmur << 13) | (murmur >>> 19), 5) + 0xe6546b64;
  }
  murmur ^= murmur >>> 16;
  murmur = Math.imul(murmur, 0x85ebca6b);
  murmur ^= murmur >>> 13;
  murmur = Math.imul(murmur, 0xc2b2ae35);
  murmur ^= murmur >>> 16;
  const high = fnv >>> 0;
  const low = murmur >>> 0;
  return high === EMPTY && low === EMPTY ? [1, 0] : [high, low];
}
