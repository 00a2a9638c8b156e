import { splitLines } from './split-lines';

async function* chunks(...parts: Array<string | Buffer>) {
  for (const part of parts) yield Buffer.from(part);
}

async function collect(...parts: Array<string | Buffer>) {
  const out: Array<[number, string]> = [];
  for await (const { line, bytes } of splitLines(chunks(...parts)))
    out.push([line, bytes.toString('latin1')]);
  return out;
}

describe('splitting an NDJSON byte stream into numbered lines', () => {
  it('numbers lines across chunk boundaries and handles CRLF and a last line without newline', async () => {
    expect(await collect('{"a":1}\r\n{"b"', ':2}\n\n{"c":3}')).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
      [3, ''],
      [4, '{"c":3}'],
    ]);
  });

  it('keeps the raw bytes so invalid UTF-8 can be reported rather than repaired', async () => {
    const [[, text]] = await collect(Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a]));
    expect(Buffer.from(text, 'latin1')).toEqual(Buffer.from([0x7b, 0xc3, 0x28, 0x7d]));
  });
});
