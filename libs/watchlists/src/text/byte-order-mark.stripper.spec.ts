import { ByteOrderMarkStripper } from './byte-order-mark.stripper';

/** What the stripper lets through of `bytes` written in pieces of `size`. */
function strip(bytes: number[], size: number): number[] {
  const stripper = new ByteOrderMarkStripper();
  const out: number[] = [];
  for (let at = 0; at < bytes.length; at += size)
    out.push(...stripper.write(Uint8Array.from(bytes.slice(at, at + size))));
  out.push(...stripper.end());
  return out;
}

describe('ByteOrderMarkStripper', () => {
  it.each([1, 2, 3, 4])('drops a leading mark, in pieces of %i bytes', (size) => {
    expect(strip([0xef, 0xbb, 0xbf, 0x41, 0x42], size)).toEqual([0x41, 0x42]);
  });

  it('keeps everything when the start is not a mark, even one that begins like it', () => {
    expect(strip([0xef, 0xbb, 0x41, 0x42], 1)).toEqual([0xef, 0xbb, 0x41, 0x42]);
    expect(strip([0x41, 0xef, 0xbb, 0xbf], 2)).toEqual([0x41, 0xef, 0xbb, 0xbf]);
  });

  it('drops only the first mark, and gives back a text shorter than a mark when it ends', () => {
    expect(strip([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 6)).toEqual([0xef, 0xbb, 0xbf]);
    expect(strip([0x41, 0x42], 1)).toEqual([0x41, 0x42]);
    expect(strip([], 1)).toEqual([]);
  });
});
