/** One non-blank NDJSON line: its 1-based number in the body and its bytes, or how long it was if over the limit. */
export type NdjsonLine =
  | { readonly line: number; readonly bytes: Buffer }
  | { readonly line: number; readonly tooLongBytes: number };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Cuts a byte stream into lines without ever holding more than one line (at most `maxLineBytes`) plus
 * the current chunk: a longer line is counted while its bytes are dropped. Line numbers count every
 * line, blank ones included, so they match what the caller sees in an editor; blank lines (spaces,
 * tabs, CR only) are not returned. A trailing CR is removed (CRLF files).
 */
export class NdjsonLineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private lineNumber = 1;

  constructor(private readonly maxLineBytes: number) {}

  push(chunk: Buffer): NdjsonLine[] {
    const lines: NdjsonLine[] = [];
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE, start); newline >= 0; newline = chunk.indexOf(NEWLINE, start)) {
      this.append(chunk.subarray(start, newline));
      const line = this.takeLine();
      if (line) lines.push(line);
      start = newline + 1;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
    return lines;
  }

  /** The last line when the body does not end in a newline. */
  end(): NdjsonLine[] {
    if (this.pendingBytes === 0) return [];
    const line = this.takeLine();
    return line ? [line] : [];
  }

  /** Number the next line would get: the first line not yet returned when reading stops early. */
  get nextLineNumber(): number {
    return this.lineNumber;
  }

  private append(part: Buffer): void {
    if (part.length === 0) return;
    // Past the limit only the count grows; the bytes are not kept.
    if (this.pendingBytes + part.length <= this.maxLineBytes) this.pending.push(part);
    this.pendingBytes += part.length;
  }

  private takeLine(): NdjsonLine | undefined {
    const line = this.lineNumber++;
    const length = this.pendingBytes;
    const parts = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (length > this.maxLineBytes) return { line, tooLongBytes: length };
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN)
      bytes = bytes.subarray(0, bytes.length - 1);
    return isBlank(bytes) ? undefined : { line, bytes };
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== CARRIAGE_RETURN) return false;
  }
  return true;
}
