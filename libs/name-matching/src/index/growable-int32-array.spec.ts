import { GrowableInt32Array } from './growable-int32-array';

describe('GrowableInt32Array', () => {
  it('hands out the values pushed, in order, as a right-sized Int32Array', () => {
    const values = new GrowableInt32Array(16);
    for (let i = 0; i < 100; i++) values.push(i * 3 - 50);
    const copy = values.toInt32Array();
    expect(copy).toBeInstanceOf(Int32Array);
    expect(Array.from(copy)).toEqual(Array.from({ length: 100 }, (_, i) => i * 3 - 50));
    expect(values.length).toBe(100);
  });

  it('hands out a copy the builder no longer writes to', () => {
    const values = new GrowableInt32Array();
    values.push(1);
    const copy = values.toInt32Array();
    values.push(2);
    expect(Array.from(copy)).toEqual([1]);
    expect(Array.from(values.values())).toEqual([1, 2]);
  });

  it('keeps its values when it grows past the capacity it first reserved', () => {
    const values = new GrowableInt32Array(16);
    const count = 2 ** 24 + 10;
    for (let i = 0; i < count; i++) values.push(i);
    const copy = values.toInt32Array();
    expect(copy.length).toBe(count);
    expect([copy[0], copy[2 ** 24 - 1], copy[2 ** 24], copy[count - 1]]).toEqual([
      0,
      2 ** 24 - 1,
      2 ** 24,
      count - 1,
    ]);
  });
});
