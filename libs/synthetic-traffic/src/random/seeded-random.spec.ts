import { SeededRandom, hashString } from './seeded-random';

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new SeededRandom(2026);
    const b = new SeededRandom(2026);
    expect(Array.from({ length: 50 }, () => a.next())).toEqual(Array.from({ length: 50 }, () => b.next()));
  });

  it('gives different sequences for different seeds, numeric or text', () => {
    expect(new SeededRandom(1).next()).not.toEqual(new SeededRandom(2).next());
    expect(new SeededRandom('alpha').next()).not.toEqual(new SeededRandom('beta').next());
  });

  it('keeps integers within both bounds and reaches each of them', () => {
    const random = new SeededRandom(7);
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('draws floats in [0, 1)', () => {
    const random = new SeededRandom('floats');
    for (let i = 0; i < 5000; i += 1) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it('picks by weight roughly in proportion', () => {
    const random = new SeededRandom(11);
    let heavy = 0;
    for (let i = 0; i < 10000; i += 1)
      if (
        random.weighted([
          ['heavy', 9],
          ['light', 1],
        ] as const) === 'heavy'
      )
        heavy += 1;
    expect(heavy / 10000).toBeGreaterThan(0.87);
    expect(heavy / 10000).toBeLessThan(0.93);
  });

  it('forks streams that depend on the label but not on later draws of the parent', () => {
    const parent = new SeededRandom(5);
    const forkA = parent.fork('a').next();
    const again = new SeededRandom(5).fork('a').next();
    expect(forkA).toEqual(again);
    expect(new SeededRandom(5).fork('b').next()).not.toEqual(forkA);
  });

  it('fills # with digits and @ with capital letters', () => {
    expect(new SeededRandom(3).pattern('AB-##@@')).toMatch(/^AB-\d\d[A-Z][A-Z]$/);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => new SeededRandom(1).pick([])).toThrow('empty list');
  });

  it('hashes text to 32 bits with FNV-1a', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});
