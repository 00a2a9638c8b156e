import { NameIndex, type NameIndexEntry } from '../name-matching';
import type { PartyNameCandidate, PartyNameMatcher } from './party-name-matcher.model';
import type { WatchlistEntrySource } from './watchlist-source.model';

/** Snapshot key of a watchlist entry: entry ids are unique only within their list. */
export function entryKeyOf(entry: { readonly list: string; readonly entryId: string }): string {
  return `${entry.list}/${entry.entryId}`;
}

/** How many distinct (name, options) searches a snapshot remembers by default. */
export const DEFAULT_NAME_CACHE_SIZE = 20_000;

/**
 * Adapts the name-matching `NameIndex` to the engine's {@link PartyNameMatcher}. Searches are remembered
 * per snapshot (least recently used dropped first): regular traders recur in every batch, the index is
 * immutable, so a remembered answer is exactly the answer a new search would give.
 */
export function createNameIndexMatcher(
  parties: readonly WatchlistEntrySource[],
  options: { readonly cacheSize?: number } = {},
): PartyNameMatcher {
  const records: NameIndexEntry[] = [];
  for (const entry of parties) {
    if (entry.name === undefined) continue;
    const names = [entry.name, ...entry.aliases.map((a) => a.name).filter((n) => n.trim() !== '')];
    records.push({
      entryId: entryKeyOf(entry),
      names,
      originalScriptNames: entry.originalScriptName ? [entry.originalScriptName] : undefined,
      kind: entry.partyKind,
      countries: entry.countries.length > 0 ? entry.countries : entry.country ? [entry.country] : undefined,
    });
  }
  const index = NameIndex.build(records);
  const cacheSize = options.cacheSize ?? DEFAULT_NAME_CACHE_SIZE;
  const cache = new Map<string, readonly PartyNameCandidate[]>();
  return {
    search(name, searchOptions): readonly PartyNameCandidate[] {
      const key = `${searchOptions.limit}|${searchOptions.minScore}|${name}`;
      const remembered = cache.get(key);
      if (remembered !== undefined) {
        cache.delete(key);
        cache.set(key, remembered);
        return remembered;
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
      if (cacheSize > 0) {
        if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
        cache.set(key, found);
      }
      return found;
    },
  };
}
