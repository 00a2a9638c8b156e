import type { WatchlistEntry } from '@salw/watchlists';

/** Legal-form words: a company is the same company with or without them. */
const LEGAL_FORM_WORDS = new Set([
  'co',
  'company',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'llc',
  'l',
  'c',
  'jsc',
  'plc',
  'sa',
  's',
  'a',
  'gmbh',
  'fze',
  'fzco',
  'pvt',
  'private',
  'bv',
  'nv',
  'srl',
  'sarl',
  'ag',
  'est',
]);

function key(name: string): string | undefined {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !LEGAL_FORM_WORDS.has(w));
  return words.length >= 2 ? [...words].sort().join(' ') : undefined;
}

/**
 * Tells whether a name is, word for word (in any order, legal forms aside, or with one word of a longer listed name
 * left out), a listed name or alias: such a name on a declaration is a true possible match, so it
 * cannot serve as an ordinary name.
 */
export function listedNameTest(entries: readonly WatchlistEntry[]): (name: string) => boolean {
  const keys = new Set<string>();
  for (const entry of entries) {
    if (entry.kind !== 'PARTY') continue;
    for (const name of [entry.name ?? '', ...entry.aliases.map((a) => a.name)]) {
      const full = key(name);
      if (full === undefined) continue;
      keys.add(full);
      const words = full.split(' ');
      if (words.length >= 3)
        for (let i = 0; i < words.length; i += 1) keys.add(words.filter((_, j) => j !== i).join(' '));
    }
  }
  return (name) => {
    const k = key(name);
    return k !== undefined && keys.has(k);
  };
}
