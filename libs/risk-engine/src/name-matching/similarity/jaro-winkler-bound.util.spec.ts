import { characterMask, jaroWinklerUpperBound } from './jaro-winkler-bound.util';
import { jaroWinkler } from './jaro-winkler.util';

describe('jaroWinklerUpperBound', () => {
  it('is never below the real Jaro-Winkler similarity (5,000 seeded random pairs)', () => {
    let state = 12345;
    const letter = (): string => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return 'ABDEHIKLMNORSTUY'[state % 16];
    };
    const word = (): string => Array.from({ length: 2 + (letter().charCodeAt(0) % 8) }, letter).join('');
    const violations: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const a = word();
      const b = word();
      if (jaroWinklerUpperBound(a, characterMask(a), b, characterMask(b)) + 1e-12 < jaroWinkler(a, b))
        violations.push(`${a}/${b}`);
    }
    expect(violations).toEqual([]);
  });

  it('rules out tokens that share few letters', () => {
    expect(
      jaroWinklerUpperBound('ANWARI', characterMask('ANWARI'), 'QADHAFI', characterMask('QADHAFI')),
    ).toBeLessThan(0.84);
  });
});
