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

/** Lower-case, accent-free text of one UTF-16 code unit ('' for marks and non-word characters). */
function foldedCodeUnit(code: number): string {
  if (known[code] === 0) learn(code);
  return foldedText[code] as string;
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

const TIMES_SIGNS = new Set([
  0x78 /* x */, 0x58 /* X */, 0xd7 /* × */, 0x445 /* Cyrillic х */, 0x425 /* Х */,
]);

function isDigitAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && classOfCodeUnit(text.charCodeAt(index)) === CharClass.Digit;
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
  let current = '';
  let currentClass: CharClass = CharClass.Other;
  let start = 0;
  // One loop, no inner closures: this runs for every description and party name screened.
  for (let i = 0; i <= text.length; i++) {
    let cls: CharClass = CharClass.Other;
    let code = 0;
    let times = false;
    if (i < text.length) {
      code = text.charCodeAt(i);
      times = TIMES_SIGNS.has(code) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1);
      cls = times ? CharClass.Other : classOfCodeUnit(code);
      if (cls === CharClass.Mark) continue;
      if (
        cls === CharClass.Other &&
        (code === 0x2e || code === 0x2c) &&
        currentClass === CharClass.Digit &&
        isDigitAt(text, i + 1)
      ) {
        current += '.';
        continue;
      }
      if (cls === currentClass && cls !== CharClass.Ideograph) {
        current += foldedCodeUnit(code);
        continue;
      }
    }
    if (current !== '') {
      texts.push(current);
      starts.push(start);
      ends.push(i);
      current = '';
    }
    currentClass = cls;
    if (times) {
      texts.push('x');
      starts.push(i);
      ends.push(i + 1);
    } else if (cls !== CharClass.Other) {
      start = i;
      current = foldedCodeUnit(code);
    }
  }
  return { texts, starts, ends };
}
