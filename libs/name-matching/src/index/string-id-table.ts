import { stringKeyHash } from './string-hash.util';

/** What `get` returns for a string the table does not hold. */
export const NOT_FOUND = -1;
const EMPTY_SLOT = 0;
const INITIAL_SLOTS = 16;
/** Characters per String.fromCharCode call (well below the argument limit). */
const CHUNK = 8192;

/**
 * Interns strings: gives each distinct string the next id, 0, 1, 2..., and finds a string's id.
 * The strings are kept once, in `strings` (the id is the position); the look-up is open addressing
 * over one Int32Array of ids, 4 to 8 bytes a string, where a built-in Map of hundreds of thousands
 * of strings costs some 40 bytes each.
 */
export class StringIdTable {
  private readonly list: string[] = [];
  /** Per slot: id + 1 of the string hashed there, EMPTY_SLOT when free. Kept at most half full. */
  private slots = new Int32Array(INITIAL_SLOTS);

  /** The interned strings, by id. */
  get strings(): readonly string[] {
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }

  /** The id of `value`, or NOT_FOUND. */
  get(value: string): number {
    return this.slots[this.slotOf(value)] - 1;
  }

  /** The id of `value`, given the next id when it is new. */
  intern(value: string): number {
    const slot = this.slotOf(value);
    const found = this.slots[slot];
    if (found !== EMPTY_SLOT) return found - 1;
    const id = this.list.push(value) - 1;
    this.slots[slot] = id + 1;
    if (this.list.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /**
   * Replaces each string by a copy of its characters made now. A string cut from a longer one (or
   * joined from pieces) may keep the longer one alive, and strings interned one by one during a long
   * build lie scattered among its garbage; copied together, they fill heap pages of their own.
   */
  copyStrings(): void {
    const list = this.list;
    let codes = new Uint16Array(64);
    for (let id = 0; id < list.length; id++) {
      const value = list[id];
      if (value.length > codes.length) codes = new Uint16Array(value.length * 2);
      for (let i = 0; i < value.length; i++) codes[i] = value.charCodeAt(i);
      list[id] = copyOf(codes, value.length);
    }
  }

  /** The slot holding `value`, or the free slot where it would go (linear probing). */
  private slotOf(value: string): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = stringKeyHash(value) & mask; ; slot = (slot + 1) & mask) {
      const found = slots[slot];
      if (found === EMPTY_SLOT || this.list[found - 1] === value) return slot;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.list.length; id++) {
      let slot = stringKeyHash(this.list[id]) & mask;
      while (slots[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** A new string of the first `length` codes. */
function copyOf(codes: Uint16Array, length: number): string {
  let copy = '';
  for (let start = 0; start < length; start += CHUNK) {
    copy += String.fromCharCode.apply(
      null,
      codes.subarray(start, Math.min(length, start + CHUNK)) as unknown as number[],
    );
  }
  return copy;
}
