import {
  joinedSimilarityAboveFloor,
  spellingSimilarityAboveFloor,
  tokenSimilarity,
} from './token-similarity.util';
import { characterMask } from './jaro-winkler-bound.util';

/** Seeded tokens over few letters, so that many pairs come close to each other. */
function seededTokens(count: number): string[] {
  let state = 2024;
  const letter = (): string => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return 'AEHILMNORSU'[(state >>> 8) % 11];
  };
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return Array.from({ length: 2 + ((state >>> 8) % 6) }, letter).join('');
  });
}

describe('tokenSimilarity', () => {
  it('raises spellings with the same phonetic key to the phonetic similarity', () => {
    expect(tokenSimilarity('GADDAFI', 'QADHAFI', 'KDF', 'KDF')).toBe(0.9);
  });

  it('scales down agreement between tokens with different first letters (ALI / WALI)', () => {
    expect(tokenSimilarity('ALI', 'WALI', '', '')).toBeLessThan(tokenSimilarity('WALI', 'WALY', '', ''));
  });
});

describe('joinedSimilarityAboveFloor', () => {
  it('equals spellingSimilarityAboveFloor of the joined string, on either side (3,000 seeded triples)', () => {
    const tokens = seededTokens(9000);
    const differences: string[] = [];
    for (let k = 0; k + 2 < tokens.length; k += 3) {
      const [first, second, other] = [tokens[k], tokens[k + 1], tokens[k + 2]];
      const joinedMask = characterMask(first) | characterMask(second);
      const otherMask = characterMask(other);
      const asFirst = joinedSimilarityAboveFloor(first, second, joinedMask, other, otherMask, false);
      const asSecond = joinedSimilarityAboveFloor(first, second, joinedMask, other, otherMask, true);
      if (asFirst !== spellingSimilarityAboveFloor(first + second, other))
        differences.push(`${first}+${second}/${other}`);
      if (asSecond !== spellingSimilarityAboveFloor(other, first + second))
        differences.push(`${other}/${first}+${second}`);
    }
    expect(differences).toEqual([]);
  });

  it('finds two names written as one (ABDUL + RAHMAN / ABDULRAHMAN)', () => {
    const mask = characterMask('ABDUL') | characterMask('RAHMAN');
    const joined = joinedSimilarityAboveFloor(
      'ABDUL',
      'RAHMAN',
      mask,
      'ABDULRAHMAN',
      characterMask('ABDULRAHMAN'),
      false,
    );
    expect(joined).toBe(1);
    expect(
      joinedSimilarityAboveFloor(
        'ABDUL',
        'RAHMAN',
        mask,
        'ABDULRAHMAAN',
        characterMask('ABDULRAHMAAN'),
        false,
      ),
    ).toBeGreaterThan(0.9);
  });
});
