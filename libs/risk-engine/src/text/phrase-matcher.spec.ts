import type { VocabularyDocument } from '../profile/risk-profile.schema';
import { ProfileError } from '../profile/profile.error';
import { matchesUnderHs, PhraseMatcher } from './phrase-matcher';

const base = { source: 'test', asOf: '2026-01-01', window: 3 } as const;

function matcherOf(doc: Partial<VocabularyDocument> & Pick<VocabularyDocument, 'terms'>): PhraseMatcher {
  const matcher = new PhraseMatcher();
  matcher.addVocabulary('arms', { ...base, ...doc }, 'referenceData.vocabularies.arms');
  return matcher;
}

function found(matcher: PhraseMatcher, text: string): string[] {
  return (matcher.match(text).byVocabulary.get('arms') ?? []).map((m) => `${m.term.id}:${m.text}`);
}

describe('PhraseMatcher', () => {
  it('finds multi-word terms and quotes them as written', () => {
    const m = matcherOf({ terms: [{ id: 'RECEIVER', category: 'PART', forms: { en: ['upper receiver'] } }] });
    expect(found(m, 'One UPPER-Receiver, black')).toEqual(['RECEIVER:UPPER-Receiver']);
  });

  it('prefers the longest term at a position and drops terms inside it', () => {
    const m = matcherOf({
      terms: [
        { id: 'BOLT', category: 'PART', forms: { en: ['bolt'] } },
        { id: 'BCG', category: 'PART', forms: { en: ['bolt carrier group'] } },
      ],
    });
    expect(found(m, 'bolt carrier group')).toEqual(['BCG:bolt carrier group']);
    expect(found(m, 'bolt')).toEqual(['BOLT:bolt']);
  });

  it('matches word endings of a stem form and words behind a clitic prefix', () => {
    const m = matcherOf({
      minStemLength: 5,
      clitics: ['ال'],
      terms: [{ id: 'RIFLE', category: 'FIREARM', forms: { ru: ['винтовк*'], ar: ['بندقية'] } }],
    });
    expect(found(m, 'винтовками')).toEqual(['RIFLE:винтовками']);
    expect(found(m, 'البندقية')).toEqual(['RIFLE:البندقية']);
    expect(found(m, 'вин')).toEqual([]);
  });

  it('silences a term with a suppressor within the window, and not beyond it', () => {
    const m = matcherOf({
      contextGroups: { PAINT: { en: ['paint', 'glue'] } },
      terms: [
        { id: 'GUN', category: 'FIREARM', forms: { en: ['gun'] }, suppressedBy: ['@PAINT'], window: 2 },
      ],
    });
    expect(found(m, 'paint gun')).toEqual([]);
    expect(found(m, 'gun for glue')).toEqual([]);
    expect(found(m, 'paint one two three gun')).toEqual(['GUN:gun']);
  });

  it('lets an ambiguous term fire only with a qualifier, a strong term or a paired category nearby', () => {
    const m = matcherOf({
      contextGroups: { AMMO: { en: ['rounds'] } },
      qualifiedBy: ['@AMMO'],
      terms: [
        {
          id: 'CARTRIDGE',
          category: 'AMMUNITION',
          forms: { en: ['cartridge', 'cartridges'] },
          ambiguous: true,
          pairsWith: ['CALIBRE'],
        },
        {
          id: 'NINE',
          category: 'CALIBRE',
          forms: { any: ['9mm'] },
          ambiguous: true,
          pairsWith: ['AMMUNITION'],
        },
        { id: 'RIFLE', category: 'FIREARM', forms: { en: ['rifle'] } },
        { id: 'BARREL', category: 'PART', forms: { en: ['barrel'] }, ambiguous: true },
      ],
    });
    expect(found(m, 'cartridges')).toEqual([]);
    expect(found(m, 'cartridges, 50 rounds')).toEqual(['CARTRIDGE:cartridges']);
    expect(found(m, 'rifle cartridges')).toEqual(['RIFLE:rifle', 'CARTRIDGE:cartridges']);
    expect(found(m, '9mm cartridges')).toEqual(['NINE:9mm', 'CARTRIDGE:cartridges']);
    expect(found(m, 'barrel cartridges')).toEqual([]);
  });

  it('does not let a suppressed term qualify another', () => {
    const m = matcherOf({
      terms: [
        { id: 'GUN', category: 'FIREARM', forms: { en: ['gun'] }, suppressedBy: ['glue'] },
        { id: 'CARTRIDGE', category: 'AMMUNITION', forms: { en: ['cartridge'] }, ambiguous: true },
      ],
    });
    expect(found(m, 'glue gun cartridge')).toEqual([]);
  });

  it('names the JSON path of a stem that is too short', () => {
    expect(() =>
      matcherOf({ minStemLength: 5, terms: [{ id: 'X', category: 'PART', forms: { ru: ['пул*'] } }] }),
    ).toThrow(
      new ProfileError(
        'referenceData.vocabularies.arms.terms[0].forms.ru[0]',
        "stem 'пул*' is shorter than 5 letters and would match unrelated words",
      ),
    );
  });

  it('names the JSON path of an undefined context group', () => {
    try {
      matcherOf({ terms: [{ id: 'X', category: 'PART', forms: { en: ['x'] }, suppressedBy: ['@NOPE'] }] });
      throw new Error('expected a ProfileError');
    } catch (error) {
      expect((error as ProfileError).problems[0]?.path).toBe(
        'referenceData.vocabularies.arms.terms[0].suppressedBy[0]',
      );
    }
  });

  it('finds a Chinese phrase inside a longer run of characters, without spaces', () => {
    const m = matcherOf({ terms: [{ id: 'PISTOL', category: 'FIREARM', forms: { zh: ['手枪'] } }] });
    expect(found(m, '手枪配件 (枪管)')).toEqual(['PISTOL:手枪']);
    expect(found(m, '水枪')).toEqual([]);
  });

  describe('matchesUnderHs', () => {
    const m = matcherOf({
      terms: [
        { id: 'GUNPOWDER', category: 'AMMUNITION', forms: { en: ['gunpowder'] }, notUnderHs: ['09', '2101'] },
        { id: 'RIFLE', category: 'FIREARM', forms: { en: ['rifle'] } },
      ],
    });
    const matches = m.match('gunpowder and rifle').byVocabulary.get('arms') ?? [];
    const ids = (hsCode: string) => matchesUnderHs(matches, hsCode).map((x) => x.term.id);

    it('drops a term under the HS prefixes where it names ordinary goods', () => {
      expect(ids('090210')).toEqual(['RIFLE']);
      expect(ids('210120')).toEqual(['RIFLE']);
    });

    it('keeps every match under other headings, returning the same list', () => {
      expect(ids('382499')).toEqual(['GUNPOWDER', 'RIFLE']);
      expect(matchesUnderHs(matches, '382499')).toBe(matches);
    });
  });
});
