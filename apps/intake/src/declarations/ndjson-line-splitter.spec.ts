import { NdjsonLineSplitter, type NdjsonLine } from './ndjson-line-splitter';

function split(chunks: string[], maxLineBytes = 100): NdjsonLine[] {
  const splitter = new NdjsonLineSplitter(maxLineBytes);
  return [...chunks.flatMap((chunk) => splitter.push(Buffer.from(chunk))), ...splitter.end()];
}

const text = (lines: NdjsonLine[]) =>
  lines.map((l) => ('bytes' in l ? [l.line, l.bytes.toString()] : [l.line, `too long: ${l.tooLongBytes}`]));

describe('NdjsonLineSplitter', () => {
  it('numbers every line, blank ones included, and returns only the non-blank ones', () => {
    expect(text(split(['{"a":1}\n\n  \t\n{"b":2}\n']))).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":2}'],
    ]);
  });

  it('joins a line cut across chunks, including a multi-byte character cut in half', () => {
    const bytes = Buffer.from('{"name":"Ögedei"}\n{"x":1}');
    const splitter = new NdjsonLineSplitter(100);
    const lines = [
      ...splitter.push(bytes.subarray(0, 10)),
      ...splitter.push(bytes.subarray(10, 23)),
      ...splitter.push(bytes.subarray(23)),
      ...splitter.end(),
    ];
    expect(text(lines)).toEqual([
      [1, '{"name":"Ögedei"}'],
      [2, '{"x":1}'],
    ]);
  });

  it('drops the CR of CRLF line ends and reads a last line without a newline', () => {
    expect(text(split(['{"a":1}\r\n\r\n{"b":2}']))).toEqual([
      [1, '{"a":1}'],
      [3, '{"b":2}'],
    ]);
  });

  it('reports a line over the limit by its length without keeping its bytes, and goes on', () => {
    expect(text(split(['{"a":1}\n', 'x'.repeat(60), 'y'.repeat(60), '\n{"b":2}\n'], 100))).toEqual([
      [1, '{"a":1}'],
      [2, 'too long: 120'],
      [3, '{"b":2}'],
    ]);
  });

  it('accepts a line of exactly the limit', () => {
    expect(text(split(['x'.repeat(10) + '\n'], 10))).toEqual([[1, 'x'.repeat(10)]]);
  });

  it('tells the number of the line being read when reading stops', () => {
    const splitter = new NdjsonLineSplitter(100);
    splitter.push(Buffer.from('{"a":1}\n\n{"b"'));
    expect(splitter.nextLineNumber).toBe(3);
  });
});
