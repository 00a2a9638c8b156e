import { sortPackedPairs } from './packed-pair-sort';

const SPAN = 2 ** 27;

/** A deterministic pseudo-random sequence (xorshift), so a failure can be reproduced. */
function pairs(count: number, seed: number, maxHigh: number, maxLow: number): Float64Array {
  let state = seed;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++)
    packed[i] = Math.floor(next() * (maxHigh + 1)) * SPAN + Math.floor(next() * (maxLow + 1));
  return packed;
}

describe('sortPackedPairs', () => {
  it.each([
    ['a few pairs (built-in sort)', 100, 2 ** 26 - 1, SPAN - 1],
    ['many pairs over the whole range of both halves', 50_000, 2 ** 26 - 1, SPAN - 1],
    ['many pairs with small values and many duplicates', 50_000, 300, 40],
    ['many pairs all under one hash', 20_000, 0, 1_000_000],
  ])('puts %s in the order Float64Array sort gives', (_, count, maxHigh, maxLow) => {
    const packed = pairs(count, 12345 + count, maxHigh, maxLow);
    const expected = packed.slice().sort();
    expect(Array.from(sortPackedPairs(packed, SPAN))).toEqual(Array.from(expected));
  });

  it('sorts in place, also a view into a larger buffer', () => {
    const buffer = pairs(10_000, 99, 2 ** 26 - 1, SPAN - 1);
    const view = buffer.subarray(0, 8_000);
    const rest = buffer.slice(8_000);
    const expected = view.slice().sort();
    expect(sortPackedPairs(view, SPAN)).toBe(view);
    expect(Array.from(view)).toEqual(Array.from(expected));
    expect(Array.from(buffer.subarray(8_000))).toEqual(Array.from(rest));
  });
});
