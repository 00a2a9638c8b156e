import { CYRILLIC_TO_LATIN, GREEK_DIGRAPHS_TO_LATIN, GREEK_TO_LATIN } from '../data/transliteration.data';

/** Spells an upper-case Cyrillic or Greek token in ASCII; other characters pass through unchanged. */
export function transliterateToken(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const digraph = GREEK_DIGRAPHS_TO_LATIN[token.slice(i, i + 2)];
    if (digraph !== undefined) {
      out += digraph;
      i++;
      continue;
    }
    const ch = token[i];
    out += CYRILLIC_TO_LATIN[ch] ?? GREEK_TO_LATIN[ch] ?? ch;
  }
  return out;
}
