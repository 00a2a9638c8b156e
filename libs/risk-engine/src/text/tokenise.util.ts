// Folding tables live here, beside the only loop that reads them: one lookup per character, no module hop.
/** Character classes the tokeniser distinguishes after folding. */
const enum CharClass {
  Other = 0,
  Letter = 1,
  Digit = 2,
  /** A combining mark: dropped, and it does not end the token it follows. */
  Mark = 3,
  /**
   * A Han ideograph or Japanese kana: a word of its own. These scripts write no spaces, so the
   * character is the only unit that lets '手枪' (pistol) be found inside '手枪配件' (pistol parts).
   */
  Ideograph = 4,
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Arabic letters written several ways for the same word: hamza-carrying alefs, alef maqsura,
 * taa marbuta. Folding them lets one vocabulary form match the common spellings.
 */
const SCRIPT_FOLDS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ـ: '',
};

// Called through a captured reference: `text.charCodeAt` is a property load whose inline cache sees
// every string representation (one- and two-byte, internalised, sliced...) and goes megamorphic once
// multilingual vocabulary or traffic has been read, which made each character read several times slower.
const charCodeAt = String.prototype.charCodeAt;

// One slot per UTF-16 code unit, filled on first sight: folding is then a lookup per character.
const foldedText: (string | undefined)[] = new Array(0x10000);
const foldedClass = new Uint8Array(0x10000);
const known = new Uint8Array(0x10000);

/** Decimal digits come in Unicode runs of ten starting at zero (Arabic-Indic, Devanagari...). */
function digitValue(code: number): number {
  let value = 0;
  while (value < 9 && DIGIT.test(String.fromCharCode(code - value - 1))) value += 1;
  return value;
}

function learn(code: number): void {
  const char = String.fromCharCode(code);
  let cls: CharClass = CharClass.Other;
  let text = '';
  if (MARK.test(char)) {
    cls = CharClass.Mark;
  } else if (DIGIT.test(char)) {
    cls = CharClass.Digit;
    text = String(digitValue(code));
  } else if (IDEOGRAPH.test(char) && LETTER.test(char)) {
    cls = CharClass.Ideograph;
    text = char;
  } else if (LETTER.test(char)) {
    cls = CharClass.Letter;
    text = SCRIPT_FOLDS[char] ?? char.normalize('NFKD').replace(MARKS, '').toLowerCase();
  }
  foldedText[code] = text;
  foldedClass[code] = cls;
  known[code] = 1;
}

function classOfCodeUnit(code: number): CharClass {
  if (known[code] === 0) learn(code);
  return foldedClass[code] as CharClass;
}

/**
 * Words of a text, folded (lower case, no accents), with their character spans in the original
 * text so an explanation can quote what the declarant wrote. Parallel arrays keep one allocation
 * per field rather than one object per token.
 */
export interface TokenList {
  readonly texts: string[];
  readonly starts: number[];
  readonly ends: number[];
}

function isTimesSign(code: number): boolean {
  // x, X, ×, Cyrillic х and Х
  return code === 0x78 || code === 0x58 || code === 0xd7 || code === 0x445 || code === 0x425;
}

function isDigitAt(text: string, index: number): boolean {
  return (
    index >= 0 && index < text.length && classOfCodeUnit(charCodeAt.call(text, index)) === CharClass.Digit
  );
}

/**
 * Folded text of the token spanning `start` to `end`, character by character; the only characters of
 * class Other inside a token are the decimal points and commas kept in a number, both read as '.'.
 */
function foldedSpan(text: string, start: number, end: number): string {
  let folded = '';
  for (let k = start; k < end; k++) {
    const code = charCodeAt.call(text, k);
    folded += foldedClass[code] === CharClass.Other ? '.' : (foldedText[code] as string);
  }
  return folded;
}

/**
 * Splits text into letter runs and number runs; a Han or kana character is a word of its own. Letters and digits are split apart ("9mm" -> 9, mm;
 * "AK-47" -> ak, 47) so that every way of writing a model or calibre gives the same tokens. A point
 * or comma between digits stays inside the number ("7,62" -> 7.62) and a multiplication sign between
 * digits becomes the token "x" ("7.62×39" and "7,62х39" -> 7.62, x, 39).
 */
export function tokenise(text: string): TokenList {
  const texts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const length = text.length;
  // One pass, no inner closures: this runs for every description and party name screened. The outer
  // loop finds where a word starts; the inner one runs to its end, which is where nearly all
  // characters are read.
  let i = 0;
  while (i < length) {
    const code = charCodeAt.call(text, i);
    const cls = classOfCodeUnit(code);
    if (isTimesSign(code) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) {
      texts.push('x');
      starts.push(i);
      ends.push(i + 1);
      i += 1;
      continue;
    }
    if (cls === CharClass.Other || cls === CharClass.Mark) {
      i += 1;
      continue;
    }
    const start = i;
    // A word of ASCII letters or digits folds to its lower-cased slice; any other character, or a
    // decimal comma, sends it through foldedSpan instead.
    let plainAscii = code < 0x80;
    i += 1;
    for (; i < length; i++) {
      const next = charCodeAt.call(text, i);
      if (known[next] === 0) learn(next);
      const nextClass = foldedClass[next] as CharClass;
      if (nextClass === cls && cls !== CharClass.Ideograph) {
        if (next >= 0x80) plainAscii = false;
      } else if (nextClass === CharClass.Mark) {
        plainAscii = false;
      } else if (cls === CharClass.Digit && (next === 0x2e || next === 0x2c) && isDigitAt(text, i + 1)) {
        if (next === 0x2c) plainAscii = false;
      } else {
        break;
      }
    }
    const folded = plainAscii ? text.slice(start, i).toLowerCase() : foldedSpan(text, start, i);
    if (folded !== '') {
      texts.push(folded);
      starts.push(start);
      ends.push(i);
    }
  }
  return { texts, starts, ends };
}
