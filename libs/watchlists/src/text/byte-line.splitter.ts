const LF = 0x0a;
const CR = 0x0d;
const NOTHING = Buffer.alloc(0);

/**
 * Splits bytes written to it in pieces of any size into lines (LF or CRLF), without decoding them,
 * so that a line that is not valid UTF-8 can be named as such instead of being silently repaired.
 * Each complete line goes to `onLine` with its 1-based number as soon as its line end arrives; only
 * the unfinished line is held. The text after the last line end is a line of its own (`end`), as
 * String.prototype.split counts it, so a file ending with a line end has an empty last line.
 */
export class ByteLineSplitter {
  private pending: Buffer = NOTHING;
  private lineNumber = 0;

  constructor(private readonly onLine: (bytes: Buffer, line: number) => void) {}

  write(piece: Uint8Array): void {
    const chunk = Buffer.isBuffer(piece)
      ? piece
      : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    const buffer = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    let start = 0;
    for (let end = buffer.indexOf(LF); end !== -1; end = buffer.indexOf(LF, start)) {
      this.onLine(
        buffer.subarray(start, end > start && buffer[end - 1] === CR ? end - 1 : end),
        ++this.lineNumber,
      );
      start = end + 1;
    }
    // Copied: a subarray would keep the whole piece alive with it.
    this.pending = start === buffer.length ? NOTHING : Buffer.from(buffer.subarray(start));
  }

  end(): void {
    const last = this.pending;
    this.pending = NOTHING;
    this.onLine(last, ++this.lineNumber);
  }
}
