import { CANDIDATE_LIMITS } from '../name-matching.constants';
import type { NameIndexEntry } from '../name-matching.types';
import { NameIndex } from './name-index';

const ENTRIES: NameIndexEntry[] = [
  {
    entryId: 'KPe.012',
    names: ['GREEN PINE ASSOCIATED CORPORATION', "Cho'ngsong Chonggak"],
    kind: 'entity',
    countries: ['KP'],
  },
  {
    entryId: 'TAi.005',
    names: ['MUHAMMAD TAHER ANWARI', 'Haji Mudir'],
    originalScriptNames: ['محمد طاهر أنوري'],
    kind: 'individual',
  },
  { entryId: 'QDe.004', names: ['AL-QAIDA', 'Al Qaeda'], kind: 'entity' },
  { entryId: 'TAi.078', names: ['Mohammad Wali'], kind: 'individual' },
];

describe('NameIndex', () => {
  const index = NameIndex.build(ENTRIES);

  it('finds a listed name written with look-alike letters of another alphabet, mixed in or throughout', () => {
    const mocha = NameIndex.build([{ entryId: 'X1', names: ['MOCHA TEA HOUSE'], kind: 'entity' }]);
    const best = (query: string) => mocha.search(query, { limit: 1 })[0];
    expect(best('MO\u0421HA TEA HOUSE')).toMatchObject({ entryId: 'X1', score: 1 });
    expect(best('\u041c\u041e\u0421\u041d\u0410 \u0422\u0415\u0410 \u041d\u041eUSE')).toMatchObject({
      entryId: 'X1',
      score: 1,
    });
    expect(best('\u041c\u041e\u0421\u041d\u0410 \u0422\u0415\u0410')).toMatchObject({ entryId: 'X1' });
    expect(best('\u041c\u041e\u0421\u041d\u0410 \u0422\u0415\u0410')!.score).toBeGreaterThan(0.85);
  });

  it('matches the same tokens in another order as the same name', () => {
    expect(index.search('Anwari Taher Muhammad', { limit: 1 })[0]).toMatchObject({
      entryId: 'TAi.005',
      score: 1,
    });
    expect(index.search('ANWARI, Muhammad Taher', { limit: 1 })[0]).toMatchObject({
      entryId: 'TAi.005',
      score: 1,
    });
  });

  it('counts entries, records (one per distinct normalised name) and vocabulary', () => {
    expect(index.entryCount).toBe(4);
    expect(index.recordCount).toBe(8);
    expect(index.vocabularySize).toBeGreaterThan(10);
  });

  it('returns the matched entry with its listed name, kind, countries and a per-token explanation', () => {
    const [best] = index.search('Green Pine Asociated Corp');
    expect(best).toMatchObject({
      entryId: 'KPe.012',
      matchedName: 'GREEN PINE ASSOCIATED CORPORATION',
      matchedNameIsPrimary: true,
      kind: 'entity',
      countries: ['KP'],
    });
    expect(best.explanation.pairs.map((p) => `${p.queryToken}=${p.candidateToken}`)).toEqual([
      'GREEN=GREEN',
      'PINE=PINE',
      'ASOCIATED=ASSOCIATED',
    ]);
  });

  it('names the alias that matched', () => {
    const [best] = index.search('Haji Mudir');
    expect(best).toMatchObject({
      entryId: 'TAi.005',
      matchedName: 'Haji Mudir',
      matchedNameIsPrimary: false,
      score: 1,
    });
  });

  it('applies limit, minScore and kind', () => {
    expect(index.search('Mohammad', { limit: 1 })).toHaveLength(1);
    expect(index.search('Mohammad Anwari', { minScore: 0.99 })).toEqual([]);
    expect(index.search('Al Qaida', { kind: 'individual' }).map((c) => c.entryId)).not.toContain('QDe.004');
    expect(index.search('Al Qaida', { kind: 'vessel' })).toEqual([]);
  });

  it('ranks by score, then entry id, and returns the same answer every time', () => {
    const first = index.search('Muhammad Wali Anwari');
    const scores = first.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(index.search('Muhammad Wali Anwari')).toEqual(first);
  });

  it('returns nothing above the generic-only cap for a name whose only distinctive word the list has no spelling of', () => {
    const shipping = NameIndex.build([
      { entryId: 'N-1', names: ['KORVANTEL SHIPPING TRADING'] },
      { entryId: 'N-2', names: ['SHIPPING TRADING'] },
    ]);
    expect(shipping.search('Zubrowka Shipping Trading', { minScore: 0.85 })).toEqual([]);
    // Below the cap the same name still finds the generic records it shares words with.
    const generic = shipping.search('Zubrowka Shipping Trading', { minScore: 0.1 });
    expect(generic.map((c) => c.entryId).sort()).toEqual(['N-1', 'N-2']);
    expect(Math.max(...generic.map((c) => c.score))).toBeLessThanOrEqual(0.5);
    // A name made of known words only may be a listed name itself.
    expect(shipping.search('Shipping Trading', { minScore: 0.85 })[0]).toMatchObject({
      entryId: 'N-2',
      score: 1,
    });
    expect(shipping.search('Korvantel Shiping Trading', { minScore: 0.85 })[0]?.entryId).toBe('N-1');
  });

  it('finds every entry listing the same name, each with the same score and explanation, by entry id', () => {
    const shared = NameIndex.build([
      { entryId: 'E-3', names: ['ORBITAL MACHINE WORKS'] },
      { entryId: 'E-1', names: ['ORBITAL MACHINE WORKS'] },
      { entryId: 'E-2', names: ['Zentrix Holdings', 'Orbital Machine Works'] },
      { entryId: 'E-4', names: ['ORBITAL MACHINERY'] },
    ]);
    const found = shared.search('Orbital Machine Works', { minScore: 0.99 });
    expect(found.map((c) => [c.entryId, c.score, c.matchedNameIsPrimary])).toEqual([
      ['E-1', 1, true],
      ['E-2', 1, false],
      ['E-3', 1, true],
    ]);
    expect(new Set(found.map((c) => JSON.stringify(c.explanation))).size).toBe(1);
  });

  it('scores the first listed entries when more list the same name than are scored in full', () => {
    const entries = Array.from({ length: 20 }, (_, k) => ({
      entryId: `E-${String(k).padStart(2, '0')}`,
      names: ['KORVANTEL ZUBROWKA'],
    }));
    const found = NameIndex.build(entries).search('Korvantel Zubrowka', { limit: 20 });
    expect(found.map((c) => c.entryId)).toEqual(
      entries.slice(0, CANDIDATE_LIMITS.scoredRecords).map((e) => e.entryId),
    );
  });

  it('finds nothing for a name without letters', () => {
    expect(index.search(' - ')).toEqual([]);
  });

  it('accepts any iterable of entries', () => {
    function* stream(): Generator<NameIndexEntry> {
      yield* ENTRIES;
    }
    expect(NameIndex.build(stream()).search('AL QAEDA')[0].entryId).toBe('QDe.004');
  });

  it('rejects an entry without an id or names, saying which one', () => {
    expect(() => NameIndex.build([{ entryId: '', names: ['X'] }])).toThrow(
      'entries[0].entryId must be a non-empty string',
    );
    expect(() => NameIndex.build([ENTRIES[0], { entryId: 'E2' } as unknown as NameIndexEntry])).toThrow(
      'entries[1].names (entry E2) must be an array of strings',
    );
    expect(() => NameIndex.build([{ entryId: 'E3', names: ['A', 7 as unknown as string] }])).toThrow(
      'name 1 of entry E3 must be a string',
    );
  });
});
