import { NameIndex, type NameIndexEntry } from '@salw/name-matching';
import type { PartyNameCandidate, PartyNameMatcher } from './party-name-matcher.model';
import type { WatchlistEntrySource } from './watchlist-source.model';

/** Snapshot key of a watchlist entry: entry ids are unique only within their list. */
export function entryKeyOf(entry: { readonly list: string; readonly entryId: string }): string {
  return `${entry.list}/${entry.entryId}`;
}

/** How many distinct (name, options) searches a snapshot remembers by default. */
export const DEFAULT_NAME_CACHE_SIZE = 20_000;

/**
 * The name index over every named PARTY entry, keyed by snapshot entry key. `keys[k]`, when given, is
 * the snapshot key of `parties[k]` already made (one string per entry instead of two, at a million entries).
 */
export function buildPartyNameIndex(
  parties: readonly WatchlistEntrySource[],
  keys?: readonly string[],
): NameIndex {
  // One frozen array per country, shared by all entries that name only that country.
  const countryLists = new Map<string, readonly string[]>();
  const countriesOf = (entry: WatchlistEntrySource): readonly string[] | undefined => {
    if (entry.countries.length > 0) return entry.countries;
    if (!entry.country) return undefined;
    let list = countryLists.get(entry.country);
    if (list === undefined) {
      list = Object.freeze([entry.country]);
      countryLists.set(entry.country, list);
    }
    return list;
  };
  function* records(): Generator<NameIndexEntry> {
    for (let k = 0; k < parties.length; k++) {
      const entry = parties[k] as WatchlistEntrySource;
      if (entry.name === undefined) continue;
      yield {
        entryId: keys?.[k] ?? entryKeyOf(entry),
        names:
          entry.aliases.length === 0
            ? [entry.name]
            : [entry.name, ...entry.aliases.map((a) => a.name).filter((n) => n.trim() !== '')],
        originalScriptNames: entry.originalScriptName ? [entry.originalScriptName] : undefined,
        kind: entry.partyKind,
        countries: countriesOf(entry),
      };
    }
  }
  return NameIndex.build(records());
}

/**
 * Adapts the name-matching `NameIndex` to the engine's {@link PartyNameMatcher}. Searches are remembered
 * per snapshot: regular traders recur in every batch, the index is immutable, so a remembered answer is
 * exactly the answer a new search would give.
 */
export function createNameIndexMatcher(
  parties: readonly WatchlistEntrySource[],
  options: { readonly cacheSize?: number; readonly keys?: readonly string[] } = {},
): PartyNameMatcher {
  return nameIndexMatcher(buildPartyNameIndex(parties, options.keys), options);
}

/**
 * A matcher over an index built before (several matchers may share one index). The memory keeps two
 * generations of searches: a hit in the old one is carried into the young one, and when the young one
 * is half the cache size the old one is dropped whole. That approximates least-recently-used at O(1)
 * per search; evicting one Map key at a time costs far more, because deleted slots pile up at the
 * front of the Map and every `keys().next()` walks over them.
 */
export function nameIndexMatcher(
  index: NameIndex,
  options: { readonly cacheSize?: number } = {},
): PartyNameMatcher {
  const cacheSize = options.cacheSize ?? DEFAULT_NAME_CACHE_SIZE;
  const generationSize = Math.max(1, Math.floor(cacheSize / 2));
  // A cache of one cannot hold two generations of one search each.
  const keepsOldGeneration = cacheSize >= 2;
  let young = new Map<string, readonly PartyNameCandidate[]>();
  let old = new Map<string, readonly PartyNameCandidate[]>();
  const remember = (key: string, found: readonly PartyNameCandidate[]): void => {
    if (young.size >= generationSize) {
      old = keepsOldGeneration ? young : new Map();
      young = new Map();
    }
    young.set(key, found);
  };
  return {
    search(name, searchOptions): readonly PartyNameCandidate[] {
      const key = cacheSize > 0 ? `${searchOptions.limit}|${searchOptions.minScore}|${name}` : '';
      if (cacheSize > 0) {
        const recent = young.get(key);
        if (recent !== undefined) return recent;
        const older = old.get(key);
        if (older !== undefined) {
          old.delete(key);
          remember(key, older);
          return older;
        }
      }
      const found = Object.freeze(
        index.search(name, { limit: searchOptions.limit, minScore: searchOptions.minScore }).map((c) =>
          Object.freeze({
            entryKey: c.entryId,
            similarity: c.score,
            matchedName: c.matchedName,
            explanation: c.explanation,
          }),
        ),
      );
      if (cacheSize > 0) remember(key, found);
      return found;
    },
  };
}
