import {
  characterMask,
  jaroWinklerUpperBound,
  joinedJaroWinklerUpperBound,
  joinedMaskJaroWinklerUpperBound,
} from './jaro-winkler-bound.util';
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

describe('joined Jaro-Winkler upper bounds', () => {
  let state = 777;
  const word = (): string => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const length = 1 + ((state >>> 8) % 7);
    let text = '';
    for (let i = 0; i < length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      text += 'ABDEHIKLMNORSTUY'[(state >>> 8) % 16];
    }
    return text;
  };

  it('bound two tokens written together exactly as the bound of the joined string does (5,000 seeded triples)', () => {
    const wrong: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const [first, second, other] = [word(), word(), word()];
      const joined = first + second;
      const expected = jaroWinklerUpperBound(joined, characterMask(joined), other, characterMask(other));
      const joinedMask = characterMask(first) | characterMask(second);
      const exact = joinedJaroWinklerUpperBound(first, second, joinedMask, other, characterMask(other));
      const fromMasks = joinedMaskJaroWinklerUpperBound(
        first,
        second,
        joinedMask,
        other,
        characterMask(other),
      );
      if (exact !== expected || fromMasks < exact) wrong.push(`${first}+${second}/${other}`);
    }
    expect(wrong).toEqual([]);
  });

  it('rule out a joined pair from the masks alone when the letters differ', () => {
    const mask = characterMask('HAJI') | characterMask('MUDIR');
    expect(
      joinedMaskJaroWinklerUpperBound('HAJI', 'MUDIR', mask, 'GREENPINE', characterMask('GREENPINE')),
    ).toBeLessThan(0.84);
  });
});
