/**
 * Splits a byte stream into lines (LF or CRLF) without decoding it, so an invalid UTF-8 line is
 * reported as such instead of being silently repaired. Yields each line with its 1-based number.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer | string>,
): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let pending = Buffer.alloc(0);
  let line = 0;
  for await (const chunk of chunks) {
    pending = pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([pending, Buffer.from(chunk)]);
    let start = 0;
    for (let newline = pending.indexOf(0x0a, start); newline !== -1; newline = pending.indexOf(0x0a, start)) {
      const end = newline > start && pending[newline - 1] === 0x0d ? newline - 1 : newline;
      yield { line: ++line, bytes: pending.subarray(start, end) };
      start = newline + 1;
    }
    pending = pending.subarray(start);
  }
  if (pending.length > 0) yield { line: ++line, bytes: pending };
}
