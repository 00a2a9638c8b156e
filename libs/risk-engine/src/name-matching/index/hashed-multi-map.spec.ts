import { HashedMultiMap, MAX_HASHED_MULTI_MAP_VALUE } from './hashed-multi-map';

describe('HashedMultiMap', () => {
  it('returns the values added under a key, ascending and without duplicates', () => {
    const builder = HashedMultiMap.builder();
    builder.add('KDF', 7);
    builder.add('KDF', 3);
    builder.add('KDF', 7);
    builder.add('MHMD', 1);
    const map = builder.build();
    expect(Array.from(map.get('KDF'))).toEqual([3, 7]);
    expect(Array.from(map.get('MHMD'))).toEqual([1]);
    expect(map.pairCount).toBe(3);
  });

  it('returns nothing for a key never added', () => {
    const builder = HashedMultiMap.builder();
    builder.add('A', 1);
    expect(builder.build().get('B').length).toBe(0);
  });

  it('keeps many keys apart (grows past its initial capacity)', () => {
    const builder = HashedMultiMap.builder();
    for (let i = 0; i < 5000; i++) builder.add(`K${i}`, i);
    const map = builder.build();
    const wrong = [0, 1, 2499, 4999].filter((i) => !Array.from(map.get(`K${i}`)).includes(i));
    expect(wrong).toEqual([]);
  });

  it('rejects a value it cannot pack, naming the key', () => {
    expect(() => HashedMultiMap.builder().add('KEY', MAX_HASHED_MULTI_MAP_VALUE + 1)).toThrow(/key "KEY"/);
    expect(() => HashedMultiMap.builder().add('KEY', -1)).toThrow(RangeError);
  });
});
