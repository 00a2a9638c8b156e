import { WatchlistParseError, formatWatchlistProblem } from '../errors/watchlist-parse.error';

/** `whole` cut into pieces of `size` bytes (or UTF-16 code units for text), as a stream may deliver it. */
export async function* pieces<T extends string | Uint8Array>(whole: T, size: number): AsyncGenerator<T> {
  for (let at = 0; at < whole.length; at += size) yield whole.slice(at, at + size) as T;
}

/** The problems a parse refused its file with, formatted as the CLI prints them; throws when it accepted the file. */
export async function refusalProblems(parse: Promise<unknown>): Promise<string[]> {
  try {
    await parse;
  } catch (error) {
    if (error instanceof WatchlistParseError) return error.problems.map(formatWatchlistProblem);
    throw error;
  }
  throw new Error('expected the file to be refused');
}
