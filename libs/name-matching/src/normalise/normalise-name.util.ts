import { ABBREVIATIONS } from '../data/abbreviations.data';
import { HONORIFICS } from '../data/honorifics.data';
import { LEADING_LEGAL_FORM_WORDS, LEGAL_FORM_CONNECTORS, LEGAL_FORM_WORDS } from '../data/legal-forms.data';
import { STOP_WORDS } from '../data/stop-words.data';
import type { NameScript, NormalisedName } from '../name-matching.types';
import { detectScript } from './detect-script.util';
import { foldWords } from './fold-characters.util';
import { transliterateToken } from './transliterate-token.util';

const LEGAL_FORMS = new Set(LEGAL_FORM_WORDS);
/**
 * Legal-form words long enough that one slip of the keyboard ("ESTABLISHEMNT", "CORPORATON") still
 * says which word was meant; shorter ones (LIMITED / LIMITER, COMPANY) are too close to name words.
 */
const MISSPELLABLE_LEGAL_FORM_LENGTH = 8;
const MISSPELLABLE_LEGAL_FORMS = LEGAL_FORM_WORDS.filter((w) => w.length >= MISSPELLABLE_LEGAL_FORM_LENGTH);
// A Map, not the record: property lookups with arbitrary words as keys are slow in V8.
const ABBREVIATION_MAP: ReadonlyMap<string, string> = new Map(Object.entries(ABBREVIATIONS));
const LEADING_LEGAL_FORMS = new Set(LEADING_LEGAL_FORM_WORDS);
const LEGAL_FORM_CONNECTOR_SET = new Set(LEGAL_FORM_CONNECTORS);
const HONORIFIC_SET = new Set(HONORIFICS);
const STOP_WORD_SET = new Set(STOP_WORDS);
const TRANSLITERATED_SCRIPTS: ReadonlySet<NameScript> = new Set(['cyrillic', 'greek']);

/** A "LAST, First" part longer than this is a listing of something else, not a surname. */
const MAX_SURNAME_WORDS = 3;
const MAX_GIVEN_NAME_WORDS = 4;

/**
 * Normalises a person or company name for matching. Deterministic and pure.
 * Order of steps matters: "LAST, First" is detected on the raw text (the comma is gone after
 * folding); legal forms are recognised before abbreviations are expanded, so a trailing CO is a
 * legal form while a CO in the middle becomes COMPANY.
 */
export function normaliseName(raw: string): NormalisedName {
  // The folded words, and beside them (same positions) the words to match: ASCII, or the folded
  // original for scripts that are not transliterated. Words are dropped by position, not copied.
  const originals = joinSpelledOutLegalForms(foldWords(reorderSurnameFirst(raw)));
  if (originals.length === 0) {
    return { tokens: [], legalForms: [], script: 'none', originalScriptTokens: [] };
  }
  let script: NameScript = 'none';
  const texts = new Array<string>(originals.length);
  for (let k = 0; k < originals.length; k++) {
    const tokenScript = detectScript(originals[k]);
    if (script === 'none' || (script === 'latin' && tokenScript !== 'latin' && tokenScript !== 'none')) {
      script = tokenScript;
    }
    texts[k] = TRANSLITERATED_SCRIPTS.has(tokenScript) ? transliterateToken(originals[k]) : originals[k];
  }

  // Words first..end-1 remain after legal forms are taken off either end (trailing ones first).
  let first = 0;
  let end = texts.length;
  while (end - first > 1) {
    if (LEGAL_FORMS.has(texts[end - 1])) end--;
    // A misspelt legal form left in the name would count as a rare word that the listed name lacks.
    else if (end === texts.length && isMisspeltLegalForm(texts[end - 1])) end--;
    // "SA DE CV": a connector goes only between a legal form already taken and one before it.
    else if (
      end < texts.length &&
      end - first > 2 &&
      LEGAL_FORM_CONNECTOR_SET.has(texts[end - 1]) &&
      LEGAL_FORMS.has(texts[end - 2])
    )
      end -= 2;
    else break;
  }
  const legalForms = texts.slice(end);
  while (end - first > 1 && LEADING_LEGAL_FORMS.has(texts[first])) {
    legalForms.push(texts[first++]);
  }

  for (let k = first; k < end; k++) {
    texts[k] = ABBREVIATION_MAP.get(texts[k]) ?? texts[k];
  }

  const kept: number[] = [];
  for (let k = first; k < end; k++) {
    if (!STOP_WORD_SET.has(texts[k])) kept.push(k);
  }
  if (kept.length === 0) {
    for (let k = first; k < end; k++) kept.push(k);
  }
  // "MR HAJI MUDIR" -> "HAJI MUDIR": titles go one at a time while two words remain, because a
  // lone remaining word ("MUDIR") would match far too much and some titles double as names.
  let from = 0;
  while (kept.length - from > 2 && HONORIFIC_SET.has(texts[kept[from]])) {
    from++;
  }

  const tokens = new Array<string>(kept.length - from);
  for (let k = from; k < kept.length; k++) tokens[k - from] = texts[kept[k]];
  return {
    tokens,
    legalForms,
    script,
    originalScriptTokens: TRANSLITERATED_SCRIPTS.has(script) ? kept.slice(from).map((k) => originals[k]) : [],
  };
}

/** One deletion, insertion, substitution or swap of adjacent letters away from a long legal-form word. */
function isMisspeltLegalForm(word: string): boolean {
  if (word.length < MISSPELLABLE_LEGAL_FORM_LENGTH - 1) return false;
  for (const form of MISSPELLABLE_LEGAL_FORMS) {
    if (Math.abs(form.length - word.length) <= 1 && form[0] === word[0] && withinOneEdit(word, form))
      return true;
  }
  return false;
}

function withinOneEdit(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** "BAKER, John Paul" -> "John Paul BAKER"; leaves "ACME, LTD" and lists with several commas alone. */
function reorderSurnameFirst(raw: string): string {
  const comma = raw.indexOf(',');
  if (comma < 0 || raw.includes(',', comma + 1)) {
    return raw;
  }
  const parts = [raw.slice(0, comma), raw.slice(comma + 1)];
  const surname = foldWords(parts[0]);
  const given = foldWords(parts[1]);
  if (
    surname.length === 0 ||
    given.length === 0 ||
    surname.length > MAX_SURNAME_WORDS ||
    given.length > MAX_GIVEN_NAME_WORDS ||
    [...surname, ...given].some((w) => LEGAL_FORMS.has(w))
  ) {
    return raw;
  }
  return `${parts[1]} ${parts[0]}`;
}

/** Joins runs of single letters that spell a legal form once the dots are gone ("S A" -> "SA", "J V" -> "JV"). */
function joinSpelledOutLegalForms(words: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j < words.length && words[j].length === 1) {
      j++;
    }
    const joined = j - i >= 2 ? words.slice(i, j).join('') : '';
    if (joined !== '' && LEGAL_FORMS.has(joined)) {
      out.push(joined);
      i = j;
    } else {
      out.push(words[i]);
      i++;
    }
  }
  return out;
}
