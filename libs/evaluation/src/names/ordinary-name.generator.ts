import type { SeededRandom } from '@salw/synthetic-traffic/random/seeded-random';
import { NAMING_CULTURES, type NamingPools } from '../data/naming-cultures.data';
import { TRADING_COUNTRIES, type NamingCulture } from '../data/trading-countries.data';

export interface OrdinaryName {
  readonly name: string;
  readonly kind: 'INDIVIDUAL' | 'ORGANISATION';
  readonly culture: NamingCulture;
  /** A country whose traders are named this way; the party's address country. */
  readonly country: string;
  /** True when written in a non-Latin script. */
  readonly nativeScript: boolean;
}

const EXTRA_COUNTRIES: Partial<Record<NamingCulture, readonly string[]>> = {
  russian: ['KZ'],
};

function countriesOf(culture: NamingCulture): readonly string[] {
  const own = TRADING_COUNTRIES.filter((c) => c.naming === culture).map((c) => c.code);
  return own.length > 0 ? own : (EXTRA_COUNTRIES[culture] ?? ['GB']);
}

function fill(
  pattern: string,
  pools: {
    given: readonly string[];
    family: readonly string[];
    words: readonly string[];
    places?: readonly string[];
    lines?: readonly string[];
  },
  random: SeededRandom,
): string {
  const distinctFrom = (list: readonly string[], other: string): string => {
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const value = random.pick(list);
      if (value !== other) return value;
    }
    return random.pick(list);
  };
  const given = random.pick(pools.given);
  const family = random.pick(pools.family);
  const word = random.pick(pools.words);
  return pattern
    .replace('{given2}', distinctFrom(pools.given, given))
    .replace('{family2}', distinctFrom(pools.family, family))
    .replace('{word2}', distinctFrom(pools.words, word))
    .replace('{given}', given)
    .replace('{family}', family)
    .replace('{word}', word)
    .replace('{place}', random.pick(pools.places ?? pools.words))
    .replace('{line}', random.pick(pools.lines ?? pools.words))
    .replace(/\s+/gu, ' ')
    .trim();
}

function person(pools: NamingPools, random: SeededRandom): string {
  return fill(random.pick(pools.personPatterns ?? ['{given} {family}']), pools, random);
}

function company(pools: NamingPools, random: SeededRandom): string {
  return fill(random.pick(pools.companyPatterns), pools, random);
}

function nativePerson(
  pools: NonNullable<NamingPools['nativeScript']>,
  culture: NamingCulture,
  random: SeededRandom,
): string {
  const given = random.pick(pools.given);
  const family = random.pick(pools.family);
  if (culture === 'chinese' || culture === 'japanese' || culture === 'korean') return `${family}${given}`;
  return `${given} ${family}`;
}

/** Share of each culture in the set of ordinary names (traders and persons met on declarations). */
const CULTURE_WEIGHTS: readonly (readonly [NamingCulture, number])[] = [
  ['chinese', 16],
  ['english', 10],
  ['arabic', 11],
  ['indian', 8],
  ['spanish', 7],
  ['german', 5],
  ['turkish', 5],
  ['korean', 5],
  ['japanese', 4],
  ['nigerian', 6],
  ['russian', 4],
  ['vietnamese', 3],
  ['french', 3],
  ['italian', 3],
  ['dutch', 2],
  ['polish', 2],
  ['portuguese', 2],
  ['thai', 1],
  ['malay', 1.5],
  ['indonesian', 1.5],
  ['czech', 0.5],
  ['swedish', 0.5],
];

/**
 * Ordinary trader and person names from many naming cultures, distinct, in a seeded order.
 * `isListed` lets the caller drop a generated name that happens to be a listed person's or entity's
 * own name (then an alert on it would be right, not a false positive).
 */
export function generateOrdinaryNames(
  count: number,
  random: SeededRandom,
  isListed: (name: string) => boolean = () => false,
): { readonly names: OrdinaryName[]; readonly droppedAsListed: string[] } {
  const names: OrdinaryName[] = [];
  const droppedAsListed: string[] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (names.length < count && guard < count * 20) {
    guard += 1;
    const culture = random.weighted(CULTURE_WEIGHTS);
    const pools = NAMING_CULTURES[culture];
    const kind = random.chance(0.55) ? 'ORGANISATION' : 'INDIVIDUAL';
    const native = pools.nativeScript !== undefined && random.chance(0.12);
    let name: string;
    if (native) {
      const script = pools.nativeScript!;
      name =
        kind === 'INDIVIDUAL'
          ? nativePerson(script, culture, random)
          : fill(random.pick(script.companyPatterns), script, random);
    } else {
      name = kind === 'INDIVIDUAL' ? person(pools, random) : company(pools, random);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (isListed(name)) {
      droppedAsListed.push(name);
      continue;
    }
    names.push({ name, kind, culture, country: random.pick(countriesOf(culture)), nativeScript: native });
  }
  return { names, droppedAsListed };
}
