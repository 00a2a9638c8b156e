import { WatchlistParseError, formatWatchlistProblem } from '../errors/watchlist-parse.error';
import { parseWatchlist } from '../format/parse-watchlist';
import { Utf8OnlyGuard } from './utf8-only.guard';

function refusal(check: () => void): string {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(WatchlistParseError);
    return (error as WatchlistParseError).problems.map(formatWatchlistProblem).join('\n');
  }
  throw new Error('expected a refusal');
}

describe('Utf8OnlyGuard', () => {
  it('names the line and column of the first NUL byte, however the bytes were cut', () => {
    const guard = new Utf8OnlyGuard('jsonl');
    guard.check(Buffer.from('{"a":1}\n{"b"'));
    expect(refusal(() => guard.check(Buffer.from(':2}\n\n  \u0000x')))).toMatch(
      /^line 4, column 3: holds a NUL byte/u,
    );
  });

  it('refuses a UTF-16 byte-order mark, big- or little-endian, at the start only', () => {
    expect(refusal(() => new Utf8OnlyGuard('csv').check(Buffer.of(0xfe, 0xff, 0, 0x6c)))).toMatch(
      /^line 1, column 1: starts with a UTF-16 byte-order mark \(0xFEFF\)/u,
    );
    const guard = new Utf8OnlyGuard('csv');
    guard.check(Buffer.from('list,entryId,kind\n'));
    expect(() => guard.check(Buffer.of(0xff, 0xfe))).not.toThrow();
  });

  it('lets UTF-8 with a UTF-8 byte-order mark through', () => {
    expect(() => new Utf8OnlyGuard('jsonl').check(Buffer.from('\uFEFF{"list":"x"}\n', 'utf8'))).not.toThrow();
  });

  it('guards every streamed parse, not only files read from disk', async () => {
    async function* utf16() {
      yield Buffer.from('{"list":"national","entryId":"N-1","kind":"PARTY","name":"A"}', 'utf16le');
    }
    await expect(parseWatchlist('jsonl', utf16())).rejects.toThrow('holds a NUL byte');
  });
});
