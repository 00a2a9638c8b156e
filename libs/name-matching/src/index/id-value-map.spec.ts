import { ABSENT, IdValueMap } from './id-value-map';

describe('IdValueMap', () => {
  it('returns the value stored for an id, and ABSENT for an id never stored', () => {
    const map = new IdValueMap();
    map.set(7, 0.91);
    map.set(0, 0);
    expect(map.get(7)).toBe(0.91);
    expect(map.get(0)).toBe(0);
    expect(map.get(8)).toBe(ABSENT);
    expect(map.size).toBe(2);
  });

  it('replaces the value of an id stored again', () => {
    const map = new IdValueMap();
    map.set(3, 0.5);
    map.set(3, 0.75);
    expect(map.get(3)).toBe(0.75);
    expect(map.size).toBe(1);
  });

  it('holds as a Map would for 20,000 seeded ids, far past its initial capacity', () => {
    const map = new IdValueMap();
    const expected = new Map<number, number>();
    let state = 42;
    for (let i = 0; i < 20_000; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      const id = state % 1_000_000;
      map.set(id, i / 7);
      expected.set(id, i / 7);
    }
    const wrong = [...expected].filter(([id, value]) => map.get(id) !== value);
    expect({ size: map.size, wrong }).toEqual({ size: expected.size, wrong: [] });
    expect([1_000_001, 2_000_000].map((id) => map.get(id))).toEqual([ABSENT, ABSENT]);
  });

  it('rejects ids that are not non-negative 31-bit integers', () => {
    const map = new IdValueMap();
    expect(() => map.set(-1, 1)).toThrow(RangeError);
    expect(() => map.set(1.5, 1)).toThrow(RangeError);
    expect(() => map.set(2 ** 31, 1)).toThrow(RangeError);
  });
});
