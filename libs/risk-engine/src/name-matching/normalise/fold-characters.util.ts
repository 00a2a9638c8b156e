import { ARABIC_LETTER_UNIFICATION, EXTENDED_LATIN_TO_ASCII } from '../data/transliteration.data';

const EXTENDED_LATIN = new RegExp(`[${Object.keys(EXTENDED_LATIN_TO_ASCII).join('')}]`, 'gu');
const ARABIC_VARIANTS = new RegExp(`[${Object.keys(ARABIC_LETTER_UNIFICATION).join('')}]`, 'gu');
// Marks on Cyrillic letters are kept until NFC has recomposed them: Й and Ї are letters of their own.
const NON_CYRILLIC_MARKS = /(?<!\p{Script=Cyrillic})\p{M}/gu;
const COMBINING_MARKS = /\p{M}/gu;
const ARABIC_TATWEEL = /\u0640/g;
const APOSTROPHES = /['\u2018\u2019\u02BC\u02BB`\u00B4]/g;
const AMPERSAND = /&/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
const ASCII_NON_WORD = /[^A-Z0-9]+/g;

/**
 * Folds a raw name to upper-case letters, digits and single spaces: NFKD, accents and Arabic
 * diacritics dropped, letters NFKD keeps whole (ß, Ø, Ł, İ ...) spelled out, Arabic letter
 * variants unified, '&' read as AND, apostrophes removed (O'BRIEN -> OBRIEN), any other
 * punctuation turned into a space. NFC recomposes Hangul syllables and Cyrillic letters that NFKD split.
 */
export function foldCharacters(raw: string): string {
  if (PRINTABLE_ASCII.test(raw)) {
    // Most trade names are plain ASCII: same result without Unicode normalisation.
    return raw
      .replace(APOSTROPHES, '')
      .replace(AMPERSAND, ' AND ')
      .toUpperCase()
      .replace(ASCII_NON_WORD, ' ')
      .trim();
  }
  return raw
    .replace(EXTENDED_LATIN, (ch) => EXTENDED_LATIN_TO_ASCII[ch])
    .normalize('NFKD')
    .replace(NON_CYRILLIC_MARKS, '')
    .normalize('NFC')
    .replace(COMBINING_MARKS, '')
    .replace(ARABIC_TATWEEL, '')
    .replace(ARABIC_VARIANTS, (ch) => ARABIC_LETTER_UNIFICATION[ch])
    .replace(APOSTROPHES, '')
    .replace(AMPERSAND, ' AND ')
    .toUpperCase()
    .replace(NON_WORD, ' ')
    .trim();
}
