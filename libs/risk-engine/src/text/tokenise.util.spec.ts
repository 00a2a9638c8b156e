import { tokenise } from './tokenise.util';

describe('tokenise', () => {
  it('lower-cases, drops accents and splits on punctuation', () => {
    expect(tokenise('Pièces Détachées, ACIER!').texts).toEqual(['pieces', 'detachees', 'acier']);
  });

  it('splits letters from digits so every spelling of a model gives the same words', () => {
    expect(tokenise('AK-47').texts).toEqual(['ak', '47']);
    expect(tokenise('AK47').texts).toEqual(['ak', '47']);
    expect(tokenise('9mm').texts).toEqual(['9', 'mm']);
    expect(tokenise('9 mm').texts).toEqual(['9', 'mm']);
  });

  it('keeps a decimal point or comma inside a number and reads a multiplication sign between digits as x', () => {
    expect(tokenise('7.62x39').texts).toEqual(['7.62', 'x', '39']);
    expect(tokenise('7,62×39').texts).toEqual(['7.62', 'x', '39']);
    expect(tokenise('7,62х39 (Cyrillic ha)').texts.slice(0, 3)).toEqual(['7.62', 'x', '39']);
    expect(tokenise('12.7 x 108').texts).toEqual(['12.7', 'x', '108']);
  });

  it('does not glue a sentence-ending point to a number', () => {
    expect(tokenise('lot 45. Next').texts).toEqual(['lot', '45', 'next']);
  });

  it('records where each word sits in the original text', () => {
    const tokens = tokenise('Glock 19  slide');
    expect(tokens.starts).toEqual([0, 6, 10]);
    expect(tokens.ends).toEqual([5, 8, 15]);
  });

  it('folds Cyrillic case and Arabic letter variants and drops Arabic vowel marks', () => {
    expect(tokenise('ПАТРОНЫ').texts).toEqual(['патроны']);
    expect(tokenise('ذخيرةٌ').texts).toEqual(['ذخيره']);
    expect(tokenise('أسلحة').texts).toEqual(tokenise('اسلحه').texts);
  });

  it('reads Arabic-Indic digits as digits', () => {
    expect(tokenise('٩ مم').texts).toEqual(['9', 'مم']);
  });

  it('makes every Han or kana character a word of its own, since those scripts write no spaces', () => {
    const tokens = tokenise('手枪配件 (枪管)');
    expect(tokens.texts).toEqual(['手', '枪', '配', '件', '枪', '管']);
    expect(tokens.starts).toEqual([0, 1, 2, 3, 6, 7]);
    expect(tokens.ends).toEqual([1, 2, 3, 4, 7, 8]);
  });

  it('still splits Han characters from Latin letters and digits next to them', () => {
    expect(tokenise('9mm手枪').texts).toEqual(['9', 'mm', '手', '枪']);
  });
});
