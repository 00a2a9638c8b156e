import { GrowableInt32Array } from './growable-int32-array';

/** Characters per String.fromCharCode call when the text is made (well below the argument limit). */
const CHUNK = 8192;

/**
 * An immutable list of strings packed into one string: one byte per character and 4 bytes of
 * offset per string, where a million separate short strings cost some 40 bytes each and keep the
 * heap pages of whatever they were allocated among. Strings with characters beyond Latin-1 are held
 * as they are (packing them would make the whole text two bytes per character).
 */
export class PackedStrings {
  private constructor(
    private readonly text: string,
    /** Start of string i in `text` at [i], its end at [i + 1]; a wide string is empty in `text`. */
    private readonly offsets: Int32Array,
    private readonly wide: ReadonlyMap<number, string>,
  ) {}

  static builder(): PackedStringsBuilder {
    return new PackedStringsBuilder((text, offsets, wide) => new PackedStrings(text, offsets, wide));
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  /** String `i` (a new string for each call: callers keep what they need). */
  get(i: number): string {
    const start = this.offsets[i] as number;
    const end = this.offsets[i + 1] as number;
    if (start === end) return this.wide.get(i) ?? '';
    return this.text.slice(start, end);
  }

  /** Whether string `i` equals `value`, without making string `i`. */
  equals(i: number, value: string): boolean {
    const start = this.offsets[i] as number;
    const end = this.offsets[i + 1] as number;
    if (start === end) return (this.wide.get(i) ?? '') === value;
    return end - start === value.length && this.text.startsWith(value, start);
  }
}

export class PackedStringsBuilder {
  /** The text so far: one-byte strings of CHUNK characters, made from `pending` whenever it is full. */
  private chunks: string[] = [];
  private readonly pending = new Uint8Array(CHUNK);
  private pendingLength = 0;
  private readonly ends = new GrowableInt32Array();
  private length = 0;
  private readonly wide = new Map<number, string>();

  constructor(
    private readonly create: (
      text: string,
      offsets: Int32Array,
      wide: ReadonlyMap<number, string>,
    ) => PackedStrings,
  ) {
    this.ends.push(0);
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
      this.wide.set(position, value);
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
    return this.create(text, this.ends.toInt32Array(), this.wide);
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
