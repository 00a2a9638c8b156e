import { SeededRandom } from '@salw/synthetic-traffic/random/seeded-random';
import { generateOrdinaryNames } from './ordinary-name.generator';

describe('generateOrdinaryNames', () => {
  const { names } = generateOrdinaryNames(5000, new SeededRandom('spec'));

  it('makes 5,000 distinct names from many naming cultures, persons and companies', () => {
    expect(names).toHaveLength(5000);
    expect(new Set(names.map((n) => n.name.toLowerCase())).size).toBe(5000);
    expect(new Set(names.map((n) => n.culture)).size).toBeGreaterThanOrEqual(15);
    expect(names.some((n) => n.kind === 'INDIVIDUAL')).toBe(true);
    expect(names.some((n) => n.kind === 'ORGANISATION')).toBe(true);
    expect(names.some((n) => n.nativeScript)).toBe(true);
  });

  it('shares the common words real traders share with listed names', () => {
    for (const word of ['Mohamed', 'Ali', 'Trading', 'Korea', 'General', 'Abdullah'])
      expect(names.some((n) => n.name.split(/\s+/u).includes(word))).toBe(true);
  });

  it('leaves out a name the caller says is listed, and says which', () => {
    const result = generateOrdinaryNames(500, new SeededRandom('spec'), (name) => name.includes('Wang'));
    expect(result.names.some((n) => n.name.includes('Wang'))).toBe(false);
    expect(result.droppedAsListed.length).toBeGreaterThan(0);
  });
});
