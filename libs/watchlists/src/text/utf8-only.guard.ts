import { WatchlistParseError } from '../errors/watchlist-parse.error';
import type { WatchlistFormat } from '../model/watchlist-file.model';

const LF = 0x0a;
const NUL = 0x00;

/**
 * Refuses, before any parser sees them, the two encodings that are not UTF-8 yet not caught as
 * invalid UTF-8 by the decoders: a file starting with a UTF-16 byte-order mark, and a file holding
 * NUL bytes, which is what UTF-16 without a byte-order mark looks like (every ASCII character
 * followed or preceded by 0x00; NUL is valid UTF-8, and no watchlist format allows it in text).
 * Watchlist files must be UTF-8 (a UTF-8 byte-order mark is allowed); they are not transcoded,
 * because a list read in a guessed encoding would silently misspell names. Latin-1 and other
 * single-byte encodings are refused by the UTF-8 decoders, naming the line.
 */
export class Utf8OnlyGuard {
  private line = 1;
  private lineStart = 0;
  private offset = 0;

  constructor(private readonly format: WatchlistFormat | undefined) {}

  /** Checks the next piece of the file; throws WatchlistParseError at a UTF-16 mark or a NUL byte. */
  check(chunk: Uint8Array): void {
    if (this.offset === 0 && chunk.length >= 2) {
      const [first, second] = [chunk[0] as number, chunk[1] as number];
      if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
        throw new WatchlistParseError(this.format, [
          {
            line: 1,
            column: 1,
            message: `starts with a UTF-16 byte-order mark (0x${first.toString(16).toUpperCase()}${second.toString(16).toUpperCase()}); the file must be UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)`,
          },
        ]);
      }
    }
    const nul = chunk.indexOf(NUL);
    for (let at = chunk.indexOf(LF); at !== -1 && (nul === -1 || at < nul); at = chunk.indexOf(LF, at + 1)) {
      this.line += 1;
      this.lineStart = this.offset + at + 1;
    }
    if (nul !== -1) {
      throw new WatchlistParseError(this.format, [
        {
          line: this.line,
          column: this.offset + nul - this.lineStart + 1,
          message:
            'holds a NUL byte (0x00): the file looks like UTF-16 without a byte-order mark, or is not text; it must be UTF-8',
        },
      ]);
    }
    this.offset += chunk.length;
  }
}

/** The pieces of `source`, each byte piece checked by a Utf8OnlyGuard before it is passed on (text is already decoded). */
export async function* refuseNonUtf8Encodings<T extends string | Uint8Array>(
  source: AsyncIterable<T>,
  format: WatchlistFormat | undefined,
): AsyncGenerator<T> {
  const guard = new Utf8OnlyGuard(format);
  for await (const chunk of source) {
    if (typeof chunk !== 'string') guard.check(chunk);
    yield chunk;
  }
}
