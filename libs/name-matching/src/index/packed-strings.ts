import { GrowableInt32Array } from './growable-int32-array';

/** Characters per String.fromCharCode call when the text is made (well below the argument limit). */
const CHUNK = 8192;

/**
 * An immutable list of strings packed into one string: one byte per character and 4 bytes of
 * offset per string, where a million separate short strings cost some 40 bytes each and keep the
 * heap pages of whatever they were allocated among. Strings with characters beyond Latin-1 are packed
 * into a text of their own (in the main text they would make it two bytes per character): kept as
 * they were added, each would pin the heap page of the list it came from long after the list is gone.
 */
export class PackedStrings {
  private constructor(
    private readonly text: string,
    /** Start of string i in `text` at [i], its end at [i + 1]; a wide string is empty in `text`. */
    private readonly offsets: Int32Array,
    /** Positions of the wide strings, ascending; wide string w is at wideOffsets[w]..[w + 1] of wideText. */
    private readonly widePositions: Int32Array,
    private readonly wideText: string,
    private readonly wideOffsets: Int32Array,
  ) {}

  static builder(): PackedStringsBuilder {
    return new PackedStringsBuilder(
      (text, offsets, widePositions, wideText, wideOffsets) =>
        new PackedStrings(text, offsets, widePositions, wideText, wideOffsets),
    );
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  /** String `i` (a new string for each call: callers keep what they need). */
  get(i: number): string {
    const start = this.offsets[i] as number;
    const end = this.offsets[i + 1] as number;
    if (start === end) {
      const w = this.wideIndexOf(i);
      return w < 0 ? '' : this.wideText.slice(this.wideOffsets[w], this.wideOffsets[w + 1]);
    }
    return this.text.slice(start, end);
  }

  /** Whether string `i` equals `value`, without making string `i`. */
  equals(i: number, value: string): boolean {
    const start = this.offsets[i] as number;
    const end = this.offsets[i + 1] as number;
    if (start === end) {
      const w = this.wideIndexOf(i);
      if (w < 0) return value === '';
      const wideStart = this.wideOffsets[w] as number;
      return (
        (this.wideOffsets[w + 1] as number) - wideStart === value.length &&
        this.wideText.startsWith(value, wideStart)
      );
    }
    return end - start === value.length && this.text.startsWith(value, start);
  }

  /** Which wide string string `i` is, -1 when it is not one (binary search). */
  private wideIndexOf(i: number): number {
    const positions = this.widePositions;
    let lo = 0;
    let hi = positions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const position = positions[mid] as number;
      if (position < i) lo = mid + 1;
      else if (position > i) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

export class PackedStringsBuilder {
  /** The text so far: one-byte strings of CHUNK characters, made from `pending` whenever it is full. */
  private chunks: string[] = [];
  private readonly pending = new Uint8Array(CHUNK);
  private pendingLength = 0;
  private readonly ends = new GrowableInt32Array();
  private length = 0;
  private readonly widePositions = new GrowableInt32Array(16);
  private wideStrings: string[] = [];
  private readonly wideEnds = new GrowableInt32Array(16);
  private wideLength = 0;

  constructor(
    private readonly create: (
      text: string,
      offsets: Int32Array,
      widePositions: Int32Array,
      wideText: string,
      wideOffsets: Int32Array,
    ) => PackedStrings,
  ) {
    this.ends.push(0);
    this.wideEnds.push(0);
  }

  /** Appends `value`; returns its position. */
  add(value: string): number {
    const position = this.ends.length - 1;
    if (isNarrow(value)) {
      for (let i = 0; i < value.length; i++) {
        if (this.pendingLength === CHUNK) this.flush();
        this.pending[this.pendingLength++] = value.charCodeAt(i);
      }
      this.length += value.length;
    } else {
      this.widePositions.push(position);
      this.wideStrings.push(value);
      this.wideLength += value.length;
      this.wideEnds.push(this.wideLength);
    }
    this.ends.push(this.length);
    return position;
  }

  get size(): number {
    return this.ends.length - 1;
  }

  build(): PackedStrings {
    this.flush();
    const text = this.chunks.join('');
    this.chunks = [];
    // join copies the characters into a new string: nothing refers to the strings added afterwards.
    const wideText = this.wideStrings.join('');
    this.wideStrings = [];
    return this.create(
      text,
      this.ends.toInt32Array(),
      this.widePositions.toInt32Array(),
      wideText,
      this.wideEnds.toInt32Array(),
    );
  }

  /**
   * Made from character codes, the text is one byte per character whatever the strings added were:
   * V8 keeps many Latin-1 strings, and any slice of a two-byte text, two bytes per character, and
   * joining them as they are would make the whole text so.
   */
  private flush(): void {
    if (this.pendingLength === 0) return;
    const codes = this.pending.subarray(0, this.pendingLength) as unknown as number[];
    this.chunks.push(String.fromCharCode.apply(null, codes));
    this.pendingLength = 0;
  }
}

function isNarrow(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0xff) return false;
  return true;
}
