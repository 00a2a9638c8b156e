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
});
