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

  it('keeps apart keys whose hashes differ only in their lowest bits', () => {
    const builder = HashedMultiMap.builder();
    // Enough keys for a directory of many slots; 0x100 and 0x101 then fall into one slot.
    for (let i = 0; i < 4096; i++) builder.addByHash(i * 0x4000, i);
    builder.addByHash(0x100, 1);
    builder.addByHash(0x101, 2);
    builder.addByHash(0x101, 3);
    const map = builder.build();
    expect(Array.from(map.getByHash(0x100))).toEqual([1]);
    expect(Array.from(map.getByHash(0x101))).toEqual([2, 3]);
    expect(map.getByHash(0x102).length).toBe(0);
    expect(Array.from(map.getByHash(4095 * 0x4000))).toEqual([4095]);
  });

  it('returns all values of a key that holds thousands, next to keys holding one', () => {
    const builder = HashedMultiMap.builder();
    for (let i = 0; i < 3000; i++) builder.add('NAME', 3000 - i);
    builder.add('NAMED', 1);
    builder.add('NAM', 2);
    const map = builder.build();
    expect(Array.from(map.get('NAME'))).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
    expect(Array.from(map.get('NAMED'))).toEqual([1]);
    expect(Array.from(map.get('NAM'))).toEqual([2]);
  });

  it('takes more pairs than the number it was sized for', () => {
    const builder = HashedMultiMap.builder(2);
    for (let i = 0; i < 100; i++) builder.add(`K${i}`, i);
    const map = builder.build();
    expect(map.pairCount).toBe(100);
    expect(Array.from(map.get('K99'))).toEqual([99]);
  });

  it('rejects a value it cannot pack, naming the key', () => {
    expect(() => HashedMultiMap.builder().add('KEY', MAX_HASHED_MULTI_MAP_VALUE + 1)).toThrow(/key "KEY"/);
    expect(() => HashedMultiMap.builder().add('KEY', -1)).toThrow(RangeError);
  });
});
