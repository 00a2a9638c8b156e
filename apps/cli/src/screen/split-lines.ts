import { ByteLineSplitter } from '@salw/watchlists';

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding it, so an invalid UTF-8 line is
 * reported as such instead of being silently repaired. Yields each line with its 1-based number; a
 * stream ending with a line end has no empty line after it.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer | string>,
): AsyncGenerator<{ line: number; bytes: Buffer }> {
  const complete: Array<{ line: number; bytes: Buffer }> = [];
  const splitter = new ByteLineSplitter((bytes, line) => complete.push({ line, bytes }));
  for await (const chunk of chunks) {
    splitter.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    yield* complete.splice(0);
  }
  splitter.end();
  const [last] = complete.splice(0);
  if (last !== undefined && last.bytes.length > 0) yield last;
}
