import { SeededRandom } from '@salw/synthetic-traffic/random/seeded-random';
import type { WatchlistEntry } from '@salw/watchlists';
import { partyEntry } from '@salw/watchlists/testing/party-entry';
import { generateListedNameVariants } from './listed-name-variant.generator';
import { NAME_VARIANT_KINDS } from './name-variant-kind';

const entry = (entryId: string, name: string, more: Partial<WatchlistEntry> = {}) =>
  partyEntry(entryId, name, more, 'un-sc');

const ENTRIES: WatchlistEntry[] = [
  entry('QDi.001', 'ABD AL-BASET MOHAMMED AZZOUZ', {
    partyKind: 'INDIVIDUAL',
    originalScriptName: 'عبد الباسط محمد عزوز',
    aliases: [{ name: 'Abdul Basit Azouz', quality: 'good' }],
    nationalities: ['LY'],
    countries: ['LY'],
  }),
  entry('KPi.001', 'RI JAE IL', { partyKind: 'INDIVIDUAL', nationalities: ['KP'], countries: ['KP'] }),
  entry('KPe.001', 'KOREA MINING DEVELOPMENT TRADING CORPORATION', {
    partyKind: 'ORGANISATION',
    aliases: [{ name: 'KOMID', quality: 'a.k.a.' }],
  }),
];

describe('generateListedNameVariants', () => {
  const variants = generateListedNameVariants(ENTRIES, 5, new SeededRandom('spec'));
  const of = (kind: string) => variants.filter((v) => v.kind === kind);

  it('makes every kind of variant that the listed names allow', () => {
    for (const kind of NAME_VARIANT_KINDS) expect(of(kind).length).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', () => {
    expect(generateListedNameVariants(ENTRIES, 5, new SeededRandom('spec'))).toEqual(variants);
  });

  it('writes a Korean name LAST, First with the family name first as the list gives it', () => {
    expect(of('surname-comma-first').map((v) => v.text)).toContainEqual(expect.stringMatching(/^RI, /iu));
  });

  it('never drops a particle apart from its word, nor a syllable of a Korean given name', () => {
    for (const v of of('middle-name-dropped')) {
      expect(v.entryId).toBe('QDi.001');
      expect(v.text).toMatch(/^Abd Al-Baset /iu);
    }
  });

  it('mixes look-alike Cyrillic or Greek letters into a Latin name', () => {
    for (const v of of('mixed-script-lookalike')) expect(v.text).toMatch(/[\u0370-\u03ff\u0400-\u04ff]/u);
  });

  it('uses the original script the list gives and a good-quality alias of two words or more', () => {
    expect(of('original-script').map((v) => v.text)).toEqual(['عبد الباسط محمد عزوز']);
    expect(of('alias').map((v) => v.listedName)).toEqual(['Abdul Basit Azouz']);
  });

  it('changes or drops the legal form of an entity, never of a person', () => {
    for (const v of of('legal-form-changed')) {
      expect(v.entryId).toBe('KPe.001');
      expect(v.text.toUpperCase()).not.toMatch(/ CORPORATION$/u);
    }
  });
});
