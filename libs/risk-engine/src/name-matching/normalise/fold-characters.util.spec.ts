import { foldCharacters, foldWords } from './fold-characters.util';

describe('foldCharacters / foldWords', () => {
  it.each([
    [
      'plain ASCII is upper-cased, punctuation becomes a space',
      'Acme Trading Co., Ltd.',
      'ACME TRADING CO LTD',
    ],
    ['"&" reads as AND, even between letters', 'Smith&Wesson & Co', 'SMITH AND WESSON AND CO'],
    ['apostrophes join the letters around them', "O'Brien `Sons' Ltd", 'OBRIEN SONS LTD'],
    ['digits are kept', 'Route 66 Motors-2', 'ROUTE 66 MOTORS 2'],
    ['accents are dropped', 'Société Générale', 'SOCIETE GENERALE'],
    ['letters outside ASCII that upper-case to ASCII take the Unicode path', 'Yılmaz', 'YILMAZ'],
    ['a name without letters or digits folds to nothing', ' ,.- ', ''],
  ])('%s: %j', (_rule, raw, folded) => {
    expect(foldCharacters(raw)).toBe(folded);
    expect(foldWords(raw)).toEqual(folded === '' ? [] : folded.split(' '));
  });

  it('folds ASCII names as the Unicode path does (seeded random printable strings)', () => {
    const alphabet = " ,.-&'`/()abcxyzXYZ019";
    let state = 99;
    const mismatches: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let raw = '';
      for (let k = 0; k < 10; k++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        raw += alphabet[(state >>> 8) % alphabet.length];
      }
      // A trailing non-ASCII letter that folds away sends the same name down the Unicode path.
      if (foldCharacters(raw) !== foldCharacters(`${raw}\u0301`)) mismatches.push(raw);
    }
    expect(mismatches).toEqual([]);
  });
});
