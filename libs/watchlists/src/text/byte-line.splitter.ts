const LF = 0x0a;
const CR = 0x0d;
const NOTHING = Buffer.alloc(0);

export interface ByteLineSplitterOptions {
  /**
   * Longest line kept, in bytes (line end excluded). A longer line is counted while its bytes are
   * dropped, and reported to `onTooLong` with its length instead of to `onLine`.
   */
  readonly maxLineBytes?: number;
  readonly onTooLong?: (bytes: number, line: number) => void;
}

/**
 * Splits bytes written to it in pieces of any size into lines (LF or CRLF), without decoding them,
 * so that a line that is not valid UTF-8 can be named as such instead of being silently repaired.
 * Each complete line goes to `onLine` with its 1-based number as soon as its line end arrives; only
 * the unfinished line is held, as the list of its pieces, joined once when its end arrives: the work
 * is linear in the input however long a line is (joining at every piece made one 32 MB line take a
 * minute). The text after the last line end is a line of its own (`end`), as String.prototype.split
 * counts it, so a file ending with a line end has an empty last line.
 */
export class ByteLineSplitter {
  private parts: Buffer[] = [];
  private partsBytes = 0;
  private lineNumber = 0;
  private readonly maxLineBytes: number;

  constructor(
    private readonly onLine: (bytes: Buffer, line: number) => void,
    private readonly options: ByteLineSplitterOptions = {},
  ) {
    this.maxLineBytes = options.maxLineBytes ?? Number.POSITIVE_INFINITY;
  }

  /** The number the next line will get. */
  get nextLineNumber(): number {
    return this.lineNumber + 1;
  }

  write(piece: Uint8Array): void {
    const chunk = Buffer.isBuffer(piece)
      ? piece
      : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    let start = 0;
    for (let end = chunk.indexOf(LF); end !== -1; end = chunk.indexOf(LF, start)) {
      this.hold(chunk.subarray(start, end));
      this.emit();
      start = end + 1;
    }
    // Copied: a subarray would keep the whole piece alive with it.
    if (start < chunk.length) this.hold(Buffer.from(chunk.subarray(start)));
  }

  end(): void {
    this.emit();
  }

  private hold(part: Buffer): void {
    if (part.length === 0) return;
    // Past the limit only the count grows (+1: a CR at the very end is not part of the line).
    if (this.partsBytes + part.length <= this.maxLineBytes + 1) this.parts.push(part);
    this.partsBytes += part.length;
  }

  private emit(): void {
    const line = ++this.lineNumber;
    const parts = this.parts;
    let length = this.partsBytes;
    this.parts = [];
    this.partsBytes = 0;
    const lastPart = parts[parts.length - 1];
    const endsWithCr = lastPart !== undefined && lastPart[lastPart.length - 1] === CR;
    if (endsWithCr) length -= 1;
    if (length > this.maxLineBytes) {
      if (this.options.onTooLong) this.options.onTooLong(length, line);
      return;
    }
    const joined = parts.length === 0 ? NOTHING : parts.length === 1 ? parts[0] : Buffer.concat(parts);
    this.onLine(endsWithCr ? joined.subarray(0, length) : joined, line);
  }
}
