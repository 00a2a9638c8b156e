import type { SeededRandom } from '@salw/synthetic-traffic';

export type VariantKind =
  | 'typo'
  | 'reordered'
  | 'surname-comma-first'
  | 'legal-form-changed'
  | 'alias'
  | 'alias-with-typo'
  | 'reordered-with-typo'
  | 'phonetic-spelling'
  | 'original-script'
  | 'case-and-punctuation'
  | 'transposed-letters'
  | 'middle-name-dropped'
  | 'legal-form-dropped'
  | 'mixed-script';

export interface NameVariant {
  readonly kind: VariantKind;
  readonly text: string;
}

export interface ListedNames {
  readonly primary: string;
  readonly aliases: readonly string[];
  readonly originalScript?: string;
  readonly isOrganisation: boolean;
}

const LEGAL_FORM_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bCORPORATION\b/i, 'Corp.'],
  [/\bCOMPANY\b/i, 'Co.'],
  [/\bLIMITED\b/i, 'Ltd'],
  [/\bINTERNATIONAL\b/i, 'Intl'],
];

/** Spelling habits of romanised Arabic, Persian and Russian names, applied one at a time. */
const PHONETIC_RESPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/MOHAMMED|MOHAMMAD|MUHAMMAD|MOHAMED/i, 'Muhamad'],
  [/OU/i, 'U'],
  [/U(?=[^U]*$)/i, 'OU'],
  [/Q/i, 'K'],
  [/DH/i, 'D'],
  [/KH/i, 'H'],
  [/EE/i, 'I'],
  [/([BCDFGKLMNPRSTZ])\1/i, '$1'],
  [/(?<=[AEIOU])([LMNRS])(?=[AEIOU])/i, '$1$1'],
  [/AI/i, 'AY'],
  [/Y(?=[AEIOU])/i, 'I'],
  [/IE/i, 'I'],
  [/SS/i, 'S'],
  [/V/i, 'W'],
];

/** Legal-form words a trader may leave off a listed company's name. */
const LEGAL_FORM_WORDS = /\s+\b(CORPORATION|CORP|COMPANY|CO|LIMITED|LTD|LLC|INC|JSC|GMBH|SARL|SA)\.?$/i;

/** Latin letters and the Cyrillic letters that look the same, as a disguise would swap them. */
const CYRILLIC_LOOK_ALIKES: Readonly<Record<string, string>> = {
  A: '\u0410',
  a: '\u0430',
  E: '\u0415',
  e: '\u0435',
  O: '\u041E',
  o: '\u043E',
  C: '\u0421',
  c: '\u0441',
  P: '\u0420',
  p: '\u0440',
  K: '\u041A',
  M: '\u041C',
  T: '\u0422',
  H: '\u041D',
  X: '\u0425',
};

const ARABIC_TATWEEL = '\u0640';
const ARABIC_FATHA = '\u064E';

/** Produces the kinds of spelling a trade document may carry for a listed name. */
export function generateNameVariant(
  names: ListedNames,
  kind: VariantKind,
  random: SeededRandom,
): NameVariant | undefined {
  const words = names.primary.split(/\s+/).filter(Boolean);
  switch (kind) {
    case 'typo':
      return { kind, text: withTypo(names.primary, random) };
    case 'reordered':
      if (words.length < 2 || names.isOrganisation) return undefined;
      return { kind, text: [words[words.length - 1], ...words.slice(0, -1)].join(' ') };
    case 'surname-comma-first':
      if (words.length < 2 || words.length > 4 || names.isOrganisation) return undefined;
      return { kind, text: `${words[words.length - 1]}, ${words.slice(0, -1).join(' ')}` };
    case 'legal-form-changed': {
      if (!names.isOrganisation) return undefined;
      const applicable = LEGAL_FORM_ABBREVIATIONS.filter(([pattern]) => pattern.test(names.primary));
      if (applicable.length === 0)
        return { kind, text: `${names.primary} ${random.pick(['LLC', 'Ltd.', 'Co., Ltd', 'S.A.', 'GmbH'])}` };
      const [pattern, replacement] = random.pick(applicable);
      return { kind, text: names.primary.replace(pattern, replacement) };
    }
    case 'alias':
      if (names.aliases.length === 0) return undefined;
      return { kind, text: random.pick(names.aliases) };
    case 'alias-with-typo':
      if (names.aliases.length === 0) return undefined;
      return { kind, text: withTypo(random.pick(names.aliases), random) };
    case 'reordered-with-typo':
      if (words.length < 2 || names.isOrganisation) return undefined;
      return { kind, text: withTypo([words[words.length - 1], ...words.slice(0, -1)].join(' '), random) };
    case 'phonetic-spelling': {
      const applicable = PHONETIC_RESPELLINGS.filter(([pattern]) => pattern.test(names.primary));
      if (applicable.length === 0) return undefined;
      const [pattern, replacement] = random.pick(applicable);
      return { kind, text: names.primary.replace(pattern, replacement) };
    }
    case 'original-script': {
      if (names.originalScript === undefined || names.originalScript.trim() === '') return undefined;
      const text = names.originalScript.trim();
      if (!/\p{Script=Arabic}/u.test(text)) return { kind, text };
      // Writers add vowel marks and stretch letters with tatweel; neither changes the name.
      const at = 1 + random.int(0, Math.max(0, text.length - 3));
      return {
        kind,
        text: `${text.slice(0, at)}${random.next() < 0.5 ? ARABIC_TATWEEL : ARABIC_FATHA}${text.slice(at)}`,
      };
    }
    case 'case-and-punctuation':
      return { kind, text: names.primary.toLowerCase().replace(/ /g, random.pick([' - ', '.', ', ', '  '])) };
    case 'transposed-letters': {
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest.length < 5) return undefined;
      const at = 1 + random.int(0, longest.length - 4);
      const swapped = longest.slice(0, at) + longest[at + 1] + longest[at] + longest.slice(at + 2);
      return { kind, text: names.primary.replace(longest, swapped) };
    }
    case 'middle-name-dropped':
      if (words.length < 3 || names.isOrganisation) return undefined;
      return { kind, text: [words[0], ...words.slice(2)].join(' ') };
    case 'legal-form-dropped':
      if (!names.isOrganisation || !LEGAL_FORM_WORDS.test(names.primary)) return undefined;
      return { kind, text: names.primary.replace(LEGAL_FORM_WORDS, '') };
    case 'mixed-script': {
      const letters = [...names.primary]
        .map((ch, k) => ({ ch, k }))
        .filter(({ ch }) => CYRILLIC_LOOK_ALIKES[ch]);
      if (letters.length === 0) return undefined;
      const chars = [...names.primary];
      for (let n = 0; n < Math.min(3, letters.length); n++) {
        const { ch, k } = random.pick(letters);
        chars[k] = CYRILLIC_LOOK_ALIKES[ch] ?? ch;
      }
      return { kind, text: chars.join('') };
    }
  }
}

/** One keyboard slip in the longest word: a dropped, doubled, swapped or replaced letter. */
function withTypo(name: string, random: SeededRandom): string {
  const words = name.split(' ');
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > words[longest].length) longest = i;
  });
  const word = words[longest];
  if (word.length < 5) return name;
  const at = 1 + random.int(0, word.length - 3);
  const operation = random.int(0, 3);
  let typed: string;
  if (operation === 0) typed = word.slice(0, at) + word.slice(at + 1);
  else if (operation === 1) typed = word.slice(0, at) + word[at] + word.slice(at);
  else if (operation === 2) typed = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  else typed = word.slice(0, at) + (word[at].toUpperCase() === 'E' ? 'A' : 'E') + word.slice(at + 1);
  words[longest] = typed;
  return words.join(' ');
}
