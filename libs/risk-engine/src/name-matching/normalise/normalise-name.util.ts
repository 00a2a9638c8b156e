import { ABBREVIATIONS } from '../data/abbreviations.data';
import { HONORIFICS } from '../data/honorifics.data';
import { LEADING_LEGAL_FORM_WORDS, LEGAL_FORM_WORDS } from '../data/legal-forms.data';
import { STOP_WORDS } from '../data/stop-words.data';
import type { NameScript, NormalisedName } from '../name-matching.types';
import { detectScript } from './detect-script.util';
import { foldCharacters } from './fold-characters.util';
import { transliterateToken } from './transliterate-token.util';

const LEGAL_FORMS = new Set(LEGAL_FORM_WORDS);
// A Map, not the record: property lookups with arbitrary words as keys are slow in V8.
const ABBREVIATION_MAP: ReadonlyMap<string, string> = new Map(Object.entries(ABBREVIATIONS));
const LEADING_LEGAL_FORMS = new Set(LEADING_LEGAL_FORM_WORDS);
const HONORIFIC_SET = new Set(HONORIFICS);
const STOP_WORD_SET = new Set(STOP_WORDS);
const TRANSLITERATED_SCRIPTS: ReadonlySet<NameScript> = new Set(['cyrillic', 'greek']);

/** A "LAST, First" part longer than this is a listing of something else, not a surname. */
const MAX_SURNAME_WORDS = 3;
const MAX_GIVEN_NAME_WORDS = 4;

interface Word {
  /** ASCII (or folded original script for scripts that are not transliterated). */
  readonly text: string;
  /** The folded word before transliteration. */
  readonly original: string;
}

/**
 * Normalises a person or company name for matching. Deterministic and pure.
 * Order of steps matters: "LAST, First" is detected on the raw text (the comma is gone after
 * folding); legal forms are recognised before abbreviations are expanded, so a trailing CO is a
 * legal form while a CO in the middle becomes COMPANY.
 */
export function normaliseName(raw: string): NormalisedName {
  const folded = foldCharacters(reorderSurnameFirst(raw));
  if (folded === '') {
    return { tokens: [], legalForms: [], script: 'none', originalScriptTokens: [] };
  }
  let script: NameScript = 'none';
  let words: Word[] = joinSpelledOutLegalForms(folded.split(' ')).map((original) => {
    const tokenScript = detectScript(original);
    if (script === 'none' || (script === 'latin' && tokenScript !== 'latin' && tokenScript !== 'none')) {
      script = tokenScript;
    }
    const text = TRANSLITERATED_SCRIPTS.has(tokenScript) ? transliterateToken(original) : original;
    return { text, original };
  });

  const legalForms: string[] = [];
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1].text)) {
    legalForms.unshift((words.pop() as Word).text);
  }
  while (words.length > 1 && LEADING_LEGAL_FORMS.has(words[0].text)) {
    legalForms.push((words.shift() as Word).text);
  }

  words = words.map((w) => {
    const expanded = ABBREVIATION_MAP.get(w.text);
    return expanded === undefined ? w : { text: expanded, original: w.original };
  });

  const withoutStopWords = words.filter((w) => !STOP_WORD_SET.has(w.text));
  if (withoutStopWords.length > 0) {
    words = withoutStopWords;
  }
  // "MR HAJI MUDIR" -> "HAJI MUDIR": titles go one at a time while two words remain, because a
  // lone remaining word ("MUDIR") would match far too much and some titles double as names.
  while (words.length > 2 && HONORIFIC_SET.has(words[0].text)) {
    words = words.slice(1);
  }

  return {
    tokens: words.map((w) => w.text),
    legalForms,
    script,
    originalScriptTokens: TRANSLITERATED_SCRIPTS.has(script) ? words.map((w) => w.original) : [],
  };
}

/** "BAKER, John Paul" -> "John Paul BAKER"; leaves "ACME, LTD" and lists with several commas alone. */
function reorderSurnameFirst(raw: string): string {
  const parts = raw.split(',');
  if (parts.length !== 2) {
    return raw;
  }
  const surname = foldCharacters(parts[0]).split(' ').filter(Boolean);
  const given = foldCharacters(parts[1]).split(' ').filter(Boolean);
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
    const joined = words.slice(i, j).join('');
    if (j - i >= 2 && LEGAL_FORMS.has(joined)) {
      out.push(joined);
      i = j;
    } else {
      out.push(words[i]);
      i++;
    }
  }
  return out;
}
