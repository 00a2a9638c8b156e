import { ByteLineSplitter } from '@salw/watchlists/text/byte-line.splitter';

/** One non-blank NDJSON line: its 1-based number in the body and its bytes, or how long it was if over the limit. */
export type NdjsonLine =
  | { readonly line: number; readonly bytes: Buffer }
  | { readonly line: number; readonly tooLongBytes: number };

/**
 * The batch body's lines, from the one line splitter the project has (libs/watchlists'
 * ByteLineSplitter): never more than one line (at most `maxLineBytes`) held, a longer line counted
 * while its bytes are dropped. Line numbers count every line, blank ones included, so they match
 * what the caller sees in an editor; blank lines (spaces, tabs, CR only) are not returned.
 */
export class NdjsonLineSplitter {
  private lines: NdjsonLine[] = [];
  private readonly splitter: ByteLineSplitter;

  constructor(maxLineBytes: number) {
    this.splitter = new ByteLineSplitter(
      (bytes, line) => {
        if (!isBlank(bytes)) this.lines.push({ line, bytes });
      },
      { maxLineBytes, onTooLong: (tooLongBytes, line) => this.lines.push({ line, tooLongBytes }) },
    );
  }

  push(chunk: Buffer): NdjsonLine[] {
    this.splitter.write(chunk);
    return this.take();
  }

  /** The last line when the body does not end in a newline. */
  end(): NdjsonLine[] {
    this.splitter.end();
    return this.take();
  }

  /** Number the next line would get: the first line not yet returned when reading stops early. */
  get nextLineNumber(): number {
    return this.splitter.nextLineNumber;
  }

  private take(): NdjsonLine[] {
    const lines = this.lines;
    this.lines = [];
    return lines;
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  }
  return true;
}
