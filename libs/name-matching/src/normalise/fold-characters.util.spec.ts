import {
  foldCharacters,
  foldLatinLookAlikes,
  foldWords,
  latinLookAlikeReading,
} from './fold-characters.util';

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

describe('foldLatinLookAlikes (mixed-script disguises, Unicode TR39 confusables)', () => {
  it.each([
    ['a Cyrillic а inside a Latin word', 'J\u0430mil Mukulu', 'JAMIL MUKULU'],
    ['Cyrillic а in every word', 'Asb\u0430t Al-Ans\u0430r', 'ASBAT AL ANSAR'],
    ['Greek capitals among Latin ones', '\u039cUKULU J\u0391MIL', 'MUKULU JAMIL'],
    [
      'a word made only of look-alikes beside a Latin word',
      '\u0410\u0421\u041c\u0415 Trading',
      'ACME TRADING',
    ],
  ])('%s: %j', (_rule, raw, folded) => {
    expect(foldCharacters(raw)).toBe(folded);
  });

  it('leaves a name written wholly in Cyrillic to transliteration', () => {
    expect(foldLatinLookAlikes('\u0420\u043e\u043c\u0430\u0448\u043a\u0430')).toBe(
      '\u0420\u043e\u043c\u0430\u0448\u043a\u0430',
    );
  });

  it('leaves a Cyrillic word with letters of its own beside a Latin legal form', () => {
    expect(foldLatinLookAlikes('\u041e\u041e\u041e \u0420\u043e\u043c\u0430\u0448\u043a\u0430 LLC')).toBe(
      'OOO \u0420\u043e\u043c\u0430\u0448\u043a\u0430 LLC',
    );
  });

  it('leaves Arabic and CJK names alone', () => {
    expect(foldLatinLookAlikes('\u062c\u0645\u064a\u0644 Mukulu')).toBe('\u062c\u0645\u064a\u0644 Mukulu');
    expect(foldLatinLookAlikes('\u5f20\u4f1f Zhang')).toBe('\u5f20\u4f1f Zhang');
  });
});

describe('latinLookAlikeReading (a name written wholly in look-alikes)', () => {
  it('reads a Cyrillic name made only of Latin look-alikes as the Latin name', () => {
    expect(latinLookAlikeReading('\u0410\u0421\u041c\u0415 \u0421\u041e')).toBe('ACME CO');
  });

  it('gives no reading for a genuine Cyrillic name, a Latin one or an Arabic one', () => {
    expect(latinLookAlikeReading('\u0420\u043e\u043c\u0430\u0448\u043a\u0430')).toBeUndefined();
    expect(latinLookAlikeReading('Acme Co')).toBeUndefined();
    expect(latinLookAlikeReading('\u062c\u0645\u064a\u0644')).toBeUndefined();
  });
});
