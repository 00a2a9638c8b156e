import type { SeededRandom } from '@salw/synthetic-traffic/random/seeded-random';
import type { WatchlistEntry } from '@salw/watchlists';
import { NAME_VARIANT_KINDS, type NameVariantKind } from './name-variant-kind';
import {
  KEYBOARD_NEIGHBOURS,
  LEGAL_FORM_REPLACEMENTS,
  LEGAL_FORMS,
  LOOKALIKES,
  PHONETIC_RULES,
} from './spelling-rules.data';

export interface ListedNameVariant {
  readonly kind: NameVariantKind;
  /** The name as written on the declaration. */
  readonly text: string;
  readonly entryId: string;
  /** The listed spelling the variant was made from (primary name, alias or original script). */
  readonly listedName: string;
  readonly partyKind: 'INDIVIDUAL' | 'ORGANISATION';
  /** Countries the list ties to the entry (nationality, addresses, documents). */
  readonly countries: readonly string[];
}

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}'’-]+$/u;

function tokens(name: string): string[] {
  return name.split(/\s+/u).filter((t) => /\p{L}/u.test(t));
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'(’])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

function written(text: string, random: SeededRandom): string {
  return random.chance(0.7) ? titleCase(text) : text.toUpperCase();
}

function letterPositions(token: string): number[] {
  const positions: number[] = [];
  for (let i = 1; i < token.length - 1; i += 1) if (/\p{L}/u.test(token[i]!)) positions.push(i);
  return positions;
}

function typo(name: string, random: SeededRandom): string | undefined {
  const parts = name.split(' ');
  // A slip in a short word leaves too little of it; typists slip in the longer words.
  const candidates = parts
    .map((t, i) => [t, i] as const)
    .filter(([t]) => /^[a-z'-]+$/iu.test(t) && t.replace(/[^a-z]/giu, '').length >= 5);
  if (candidates.length === 0) return undefined;
  const [token, index] = random.pick(candidates);
  const lower = token.toLowerCase();
  const at = random.pick(letterPositions(lower));
  const char = lower[at]!;
  let changed: string;
  switch (random.int(0, 2)) {
    case 0: {
      const near = KEYBOARD_NEIGHBOURS[char];
      if (!near) return undefined;
      changed = lower.slice(0, at) + random.pick([...near]) + lower.slice(at + 1);
      break;
    }
    case 1:
      changed = lower.slice(0, at) + lower.slice(at + 1);
      break;
    default:
      changed = lower.slice(0, at) + char + lower.slice(at);
  }
  parts[index] = changed.toUpperCase();
  return parts.join(' ');
}

function transposed(name: string, random: SeededRandom): string | undefined {
  const parts = name.split(' ');
  const candidates = parts
    .map((t, i) => [t, i] as const)
    .filter(([t]) => t.length >= 4 && /^[a-z]+$/iu.test(t))
    .flatMap(([t, i]) => {
      const spots: (readonly [number, number])[] = [];
      for (let at = 1; at < t.length - 1; at += 1) if (t[at] !== t[at + 1]) spots.push([i, at]);
      return spots;
    });
  if (candidates.length === 0) return undefined;
  const [index, at] = random.pick(candidates);
  const t = parts[index]!;
  parts[index] = t.slice(0, at) + t[at + 1] + t[at] + t.slice(at + 2);
  return parts.join(' ');
}

function reordered(name: string, random: SeededRandom): string | undefined {
  const parts = tokens(name);
  if (parts.length < 2) return undefined;
  const rotated = random.chance(0.5)
    ? [parts[parts.length - 1]!, ...parts.slice(0, -1)]
    : [...parts].reverse();
  const text = rotated.join(' ');
  return text === parts.join(' ') ? undefined : text;
}

/** Nationalities whose names the list writes family name first. */
const FAMILY_NAME_FIRST = new Set(['KP', 'KR', 'CN', 'VN', 'HK', 'TW']);

function surnameCommaFirst(name: string, nationalities: readonly string[]): string | undefined {
  const parts = tokens(name);
  if (parts.length < 2) return undefined;
  if (nationalities.some((n) => FAMILY_NAME_FIRST.has(n)))
    return `${parts[0]}, ${titleCase(parts.slice(1).join(' '))}`;
  return `${parts[parts.length - 1]}, ${titleCase(parts.slice(0, -1).join(' '))}`;
}

function phonetic(name: string, random: SeededRandom): string | undefined {
  const lower = name.toLowerCase();
  const applicable = PHONETIC_RULES.filter(([from]) => from.test(lower));
  if (applicable.length === 0) return undefined;
  let text = lower;
  for (const [from, to] of random.sample(applicable, random.chance(0.3) ? 2 : 1))
    text = text.replace(from, to);
  return text === lower ? undefined : text.toUpperCase();
}

/** Particles that belong to the next word of an Arabic or Berber name (Abd al-Baset, Abu Zayd, Ould Ahmed). */
const BOUND_PARTICLES = new Set([
  'ABD',
  'ABDUL',
  'ABDEL',
  'ABU',
  'BIN',
  'BEN',
  'BINT',
  'IBN',
  'OULD',
  'UMM',
  'AL',
  'EL',
]);

/** The name in units a writer keeps or drops whole: a particle stays with the word after it. */
function nameUnits(name: string): string[] {
  const units: string[] = [];
  let pending = '';
  for (const token of tokens(name)) {
    if (BOUND_PARTICLES.has(token.toUpperCase())) pending = pending ? `${pending} ${token}` : token;
    else {
      units.push(pending ? `${pending} ${token}` : token);
      pending = '';
    }
  }
  if (pending) units.push(pending);
  return units;
}

function middleDropped(
  name: string,
  nationalities: readonly string[],
  random: SeededRandom,
): string | undefined {
  // Korean, Chinese and Vietnamese given names are one name in two syllables: nothing there is a middle name.
  if (nationalities.some((n) => FAMILY_NAME_FIRST.has(n))) return undefined;
  const units = nameUnits(name);
  if (units.length < 3) return undefined;
  const drop = random.int(1, units.length - 2);
  return units.filter((_, i) => i !== drop).join(' ');
}

const BUSINESS_WORDS =
  /\b(TRADING|TRADE|BANK|SHIPPING|INDUSTR\w*|ENTERPRISES?|GROUP|GENERAL|EXPORT|IMPORT|MINING|TECHNOLOG\w*|DEVELOPMENT|MARINE|COMMERCIAL|INTERNATIONAL|ENGINEERING|CHEMICAL|ELECTRONIC\w*|MACHINE\w*|STEEL|OIL|PETROLEUM|INVESTMENT|INSURANCE|HOLDINGS?|SERVICES|EXCHANGE|TRANSPORT|NAVIGATION|FINANCIAL)\b/u;

function legalFormChanged(name: string, random: SeededRandom): string | undefined {
  const upper = name.toUpperCase().replace(/[,\s]+$/u, '');
  for (const family of LEGAL_FORMS) {
    for (const form of family) {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      const match = new RegExp(`[,\\s]+${escaped}$`, 'u').exec(upper);
      if (!match) continue;
      const base = upper.slice(0, match.index);
      if (tokens(base).length < 2) return undefined;
      const cased = written(base, random);
      if (random.chance(0.4)) return cased;
      const others = LEGAL_FORM_REPLACEMENTS.filter((r) => !family.includes(r.toUpperCase()));
      return `${cased} ${random.pick(others)}`;
    }
  }
  // Without a form of its own, only a business is met with one added (a ministry or a militia is not).
  if (tokens(upper).length < 2 || !BUSINESS_WORDS.test(upper)) return undefined;
  return `${written(upper, random)} ${random.pick(LEGAL_FORM_REPLACEMENTS)}`;
}

function lookalike(text: string, random: SeededRandom): string | undefined {
  const chars = [...text];
  const spots = chars.map((c, i) => [c, i] as const).filter(([c]) => LOOKALIKES[c] !== undefined);
  if (spots.length === 0) return undefined;
  for (const [c, i] of random.sample(spots, random.int(1, Math.min(3, spots.length))))
    chars[i] = random.pick(LOOKALIKES[c]!);
  return chars.join('');
}

function usableAliases(entry: WatchlistEntry): string[] {
  const primary = (entry.name ?? '').toUpperCase();
  return entry.aliases
    .filter((a) => a.quality !== 'low')
    .map((a) => a.name.trim())
    .filter((n) => LATIN.test(n) && tokens(n).length >= 2 && n.toUpperCase() !== primary);
}

const ANNOTATED_SCRIPT = /original script:\s*([^)]+)\)/u;

/** Names in the script the list gives besides the romanised one (some aliases carry it as a note). */
function originalScripts(entry: WatchlistEntry): string[] {
  const names = entry.originalScriptName ? [entry.originalScriptName.trim()] : [];
  for (const alias of entry.aliases) {
    const annotated = ANNOTATED_SCRIPT.exec(alias.name)?.[1]?.trim();
    if (annotated) names.push(annotated);
    else if (!/\p{Script=Latin}/u.test(alias.name) && alias.name.trim() !== '') names.push(alias.name.trim());
  }
  // One word is not a name a screener can be held to; Han and Hangul names are written without spaces.
  return names.filter(
    (n) => tokens(n).length >= 2 || (/[\p{Script=Han}\p{Script=Hangul}]/u.test(n) && n.length >= 3),
  );
}

/**
 * Makes `perKind` variants of each kind from real listed names: every kind draws its own seeded
 * sample of entries, so the kinds are measured on different names. Entries whose primary name has
 * fewer than two words are left out (a one-word name is not a name a screener can be held to).
 */
export function generateListedNameVariants(
  entries: readonly WatchlistEntry[],
  perKind: number,
  random: SeededRandom,
): ListedNameVariant[] {
  const parties = entries.filter(
    (e) => e.kind === 'PARTY' && e.name !== undefined && tokens(e.name).length >= 2,
  );
  const variants: ListedNameVariant[] = [];
  for (const kind of NAME_VARIANT_KINDS) {
    const stream = random.fork(kind);
    const seen = new Set<string>();
    let made = 0;
    for (const entry of stream.sample(parties, parties.length)) {
      if (made >= perKind) break;
      const partyKind = entry.partyKind === 'INDIVIDUAL' ? 'INDIVIDUAL' : 'ORGANISATION';
      const name = entry.name!;
      let listedName = name;
      let text: string | undefined;
      switch (kind) {
        case 'typo':
          text = mapWritten(typo(name, stream), stream);
          break;
        case 'transposed-letters':
          text = mapWritten(transposed(name, stream), stream);
          break;
        case 'reordered':
          if (partyKind === 'INDIVIDUAL') text = mapWritten(reordered(name, stream), stream);
          break;
        case 'surname-comma-first':
          if (partyKind === 'INDIVIDUAL') text = surnameCommaFirst(name, entry.nationalities);
          if (text && stream.chance(0.3)) text = text.toUpperCase();
          break;
        case 'phonetic-spelling':
          // Transliteration varies in personal names; an entity's English words (Trust, The) do not.
          if (partyKind === 'INDIVIDUAL') text = mapWritten(phonetic(name, stream), stream);
          break;
        case 'alias': {
          const aliases = usableAliases(entry);
          if (aliases.length > 0) {
            listedName = stream.pick(aliases);
            text = written(listedName, stream);
          }
          break;
        }
        case 'middle-name-dropped':
          if (partyKind === 'INDIVIDUAL')
            text = mapWritten(middleDropped(name, entry.nationalities, stream), stream);
          break;
        case 'legal-form-changed':
          if (partyKind === 'ORGANISATION') text = legalFormChanged(name, stream);
          break;
        case 'original-script': {
          const scripts = originalScripts(entry);
          if (scripts.length > 0) text = listedName = stream.pick(scripts);
          break;
        }
        case 'mixed-script-lookalike':
          text = lookalike(written(name, stream), stream);
          break;
      }
      if (text === undefined || text.trim() === '' || seen.has(text)) continue;
      seen.add(text);
      made += 1;
      variants.push({
        kind,
        text,
        entryId: entry.entryId,
        listedName,
        partyKind,
        countries: entry.countries,
      });
    }
  }
  return variants;
}

function mapWritten(text: string | undefined, random: SeededRandom): string | undefined {
  return text === undefined ? undefined : written(text, random);
}
