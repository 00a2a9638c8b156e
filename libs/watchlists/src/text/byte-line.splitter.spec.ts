import { ByteLineSplitter } from './byte-line.splitter';

/** The lines (as text, with their numbers) of `text` written as bytes in pieces of `size`. */
function split(text: string, size: number): string[] {
  const lines: string[] = [];
  const splitter = new ByteLineSplitter((bytes, line) => lines.push(`${line}:${bytes.toString('utf8')}`));
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) splitter.write(bytes.subarray(at, at + size));
  splitter.end();
  return lines;
}

describe('ByteLineSplitter', () => {
  it.each([1, 2, 3, 1000])('gives the lines String.split gives, in pieces of %i bytes', (size) => {
    const text = 'first\r\nsecond\n\nfourth\rstill fourth\r\nПятый\n';
    const expected = text.split(/\r?\n/u).map((line, index) => `${index + 1}:${line}`);
    expect(split(text, size)).toEqual(expected);
  });

  it('ends with the text after the last line end, empty or not, as a line of its own', () => {
    expect(split('a\nb', 1)).toEqual(['1:a', '2:b']);
    expect(split('a\n', 1)).toEqual(['1:a', '2:']);
    expect(split('', 1)).toEqual(['1:']);
  });

  it('hands over each line as soon as its line end is written, before the rest arrives', () => {
    const seen: string[] = [];
    const splitter = new ByteLineSplitter((bytes) => seen.push(bytes.toString()));
    splitter.write(Buffer.from('one\ntw'));
    expect(seen).toEqual(['one']);
    splitter.write(Uint8Array.from(Buffer.from('o\n')));
    expect(seen).toEqual(['one', 'two']);
  });

  it('joins a 4 MB line written in 4,096 pieces once, byte for byte, with a CR split from its LF', () => {
    const seen: Buffer[] = [];
    const splitter = new ByteLineSplitter((bytes) => seen.push(bytes));
    const line = Buffer.alloc(4 * 1024 * 1024, 97);
    for (let at = 0; at < line.length; at += 1024) splitter.write(line.subarray(at, at + 1024));
    splitter.write(Buffer.from('\r'));
    splitter.write(Buffer.from('\nnext'));
    splitter.end();
    expect(seen.map((b) => b.length)).toEqual([line.length, 4]);
    expect(seen[0].equals(line)).toBe(true);
  });

  it('reports a line over maxLineBytes by its length and number, without keeping its bytes', () => {
    const lines: string[] = [];
    const splitter = new ByteLineSplitter((bytes, n) => lines.push(`${n}:${bytes.toString()}`), {
      maxLineBytes: 5,
      onTooLong: (bytes, n) => lines.push(`${n}:too long (${bytes})`),
    });
    splitter.write(Buffer.from('12345\r\n1234'));
    splitter.write(Buffer.from('56\nok'));
    splitter.end();
    expect(lines).toEqual(['1:12345', '2:too long (6)', '3:ok']);
  });
});
