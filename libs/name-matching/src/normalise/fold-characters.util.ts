import { LATIN_CONFUSABLES } from '../data/confusables.data';
import { ARABIC_LETTER_UNIFICATION, EXTENDED_LATIN_TO_ASCII } from '../data/transliteration.data';

const EXTENDED_LATIN = new RegExp(`[${Object.keys(EXTENDED_LATIN_TO_ASCII).join('')}]`, 'gu');
const ARABIC_VARIANTS = new RegExp(`[${Object.keys(ARABIC_LETTER_UNIFICATION).join('')}]`, 'gu');
// Marks on Cyrillic letters are kept until NFC has recomposed them: Й and Ї are letters of their own.
const NON_CYRILLIC_MARKS = /(?<!\p{Script=Cyrillic})\p{M}/gu;
const COMBINING_MARKS = /\p{M}/gu;
const LATIN_LOOK_ALIKES = new RegExp(`[${Object.keys(LATIN_CONFUSABLES).join('')}]`, 'gu');
const LATIN_LETTER = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const WORD = /[\p{L}\p{M}]+/gu;
const ARABIC_TATWEEL = /\u0640/g;
const APOSTROPHES = /['\u2018\u2019\u02BC\u02BB`\u00B4]/g;
const AMPERSAND = /&/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII_APOSTROPHES = /['`]/g;

/**
 * Folds a raw name to upper-case letters, digits and single spaces: NFKD, accents and Arabic
 * diacritics dropped, letters NFKD keeps whole (ß, Ø, Ł, İ ...) spelled out, Arabic letter
 * variants unified, '&' read as AND, apostrophes removed (O'BRIEN -> OBRIEN), any other
 * punctuation turned into a space. NFC recomposes Hangul syllables and Cyrillic letters that NFKD split.
 * In a name that mixes Latin letters with Cyrillic, Greek or Armenian look-alikes ("Jаmil" with a
 * Cyrillic а), each look-alike is read as the Latin letter it passes for (see LATIN_CONFUSABLES).
 */
export function foldCharacters(raw: string): string {
  return foldPlainAsciiWords(raw)?.join(' ') ?? foldAnyCharacters(raw);
}

/** foldCharacters(raw) split into its words (none for a name without letters or digits). */
export function foldWords(raw: string): string[] {
  const words = foldPlainAsciiWords(raw);
  if (words !== undefined) return words;
  const folded = foldAnyCharacters(raw);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * The words of a printable ASCII name in one pass (most trade names); undefined for any other name.
 * Apostrophes (' and `) join the letters around them, as in foldCharacters.
 */
function foldPlainAsciiWords(raw: string): string[] | undefined {
  const words: string[] = [];
  let upper: string | undefined;
  let start = -1;
  let apostrophe = false;
  for (let i = 0; i <= raw.length; i++) {
    // A space after the last character closes the last word.
    const c = i < raw.length ? raw.charCodeAt(i) : 0x20;
    if (c < 0x20 || c > 0x7e) return undefined;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) {
      if (start < 0) {
        start = i;
        apostrophe = false;
      }
      continue;
    }
    if (c === 0x27 || c === 0x60) {
      apostrophe ||= start >= 0;
      continue;
    }
    if (start >= 0) {
      // One upper-casing of the whole (ASCII) name is cheaper than one per word.
      upper ??= raw.toUpperCase();
      const word = upper.slice(start, i);
      words.push(apostrophe ? word.replace(ASCII_APOSTROPHES, '') : word);
      start = -1;
    }
    if (c === 0x26) words.push('AND');
  }
  return words;
}

function foldAnyCharacters(raw: string): string {
  return foldLatinLookAlikes(raw)
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

/**
 * Reads look-alike letters as the Latin letters they pass for, in a name that has Latin letters:
 * within a word that mixes scripts ("Jаmil"), and in a word made only of look-alikes ("АСМЕ Trading").
 * A word with letters of its own script (the "Ромашка" of "ООО Ромашка LLC") is left to transliteration,
 * and so is every name without a Latin letter.
 */
export function foldLatinLookAlikes(raw: string): string {
  LATIN_LOOK_ALIKES.lastIndex = 0;
  if (!LATIN_LOOK_ALIKES.test(raw) || !LATIN_LETTER.test(raw)) return raw;
  return raw.replace(WORD, (word) => {
    const folded = word.replace(LATIN_LOOK_ALIKES, (ch) => LATIN_CONFUSABLES[ch] ?? ch);
    return LATIN_LETTER.test(word) || !NON_LATIN_LETTER.test(folded) ? folded : word;
  });
}

const ANY_LETTER = /\p{L}/u;

/**
 * The Latin reading of a name written wholly in look-alike letters of another script ("АСМЕ" in
 * Cyrillic passes for ACME), undefined when some letter has no Latin look-alike (a genuine Cyrillic
 * or Greek name, which transliteration reads) or the name has Latin letters already.
 */
export function latinLookAlikeReading(raw: string): string | undefined {
  if (LATIN_LETTER.test(raw)) return undefined;
  LATIN_LOOK_ALIKES.lastIndex = 0;
  const folded = raw.replace(LATIN_LOOK_ALIKES, (ch) => LATIN_CONFUSABLES[ch] ?? ch);
  return folded !== raw && !NON_LATIN_LETTER.test(folded) && ANY_LETTER.test(folded) ? folded : undefined;
}
