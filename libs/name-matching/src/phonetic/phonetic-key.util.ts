/** Two-letter spellings of one sound, rewritten before the letters are classed. */
const DIGRAPHS: Readonly<Record<string, string>> = {
  PH: 'F',
  GH: 'G',
  KH: 'K',
  DH: 'D',
  TH: 'T',
  SH: 'X',
  CH: 'X',
  ZH: 'J',
  DJ: 'J',
  DZ: 'J',
  CK: 'K',
  OU: 'U',
  EE: 'I',
  OO: 'U',
};

const LETTER_CLASS: Readonly<Record<string, string>> = { Q: 'K', G: 'K', C: 'K', V: 'F', W: 'F', P: 'B' };
const VOWELS = 'AEIOUY';
const PLAIN_LATIN = /^[A-Z]+$/;

/**
 * A coarse sound key for romanised names, tuned to the spellings that vary most in watchlists
 * (Arabic, Persian, Pashto, Russian romanisations): GADDAFI, QADHAFI, KADAFI -> KDF;
 * MOHAMMED, MUHAMMAD -> MHMD; YUSUF, YOUSEF -> ASF; HUSSEIN, HUSAYN -> HSN.
 * Returns '' for tokens that are not plain A-Z.
 */
export function phoneticKey(token: string): string {
  if (!PLAIN_LATIN.test(token)) {
    return '';
  }
  // 1. Digraphs to one letter (SCH reads as SH), then doubled letters to one.
  let s = '';
  for (let i = 0; i < token.length; i++) {
    if (token[i] === 'S' && token[i + 1] === 'C' && token[i + 2] === 'H') {
      s += 'X';
      i += 2;
      continue;
    }
    const digraph = i + 1 < token.length ? DIGRAPHS[token[i] + token[i + 1]] : undefined;
    if (digraph !== undefined) {
      s += digraph;
      i++;
    } else {
      s += token[i];
    }
  }
  let collapsed = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== s[i - 1]) collapsed += s[i];
  }
  s = collapsed;

  // 2. Keep the consonant skeleton.
  let key = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const isVowel = VOWELS.includes(ch);
    if (i === 0) {
      // Initial vowels, and Y, are one sound class: OMAR / UMAR, YOUNOUS / IOUNOUS.
      key += isVowel ? 'A' : (LETTER_CLASS[ch] ?? ch);
      continue;
    }
    if (isVowel) {
      continue;
    }
    if (ch === 'H') {
      // An H between vowels is heard (MOHAMMED); after a vowel before a consonant it is silent (MAHMOUD, AHMED).
      if (VOWELS.includes(s[i - 1]) && i + 1 < s.length && VOWELS.includes(s[i + 1])) {
        key += 'H';
      }
      continue;
    }
    if (ch === 'W' && (VOWELS.includes(s[i - 1]) || i + 1 === s.length)) {
      continue;
    }
    const mapped = LETTER_CLASS[ch] ?? ch;
    if (key[key.length - 1] !== mapped) {
      key += mapped;
    }
  }
  return key;
}
