import type { WatchlistEntry } from '../model/watchlist-entry.model';

/** A listed party as the parsers produce it: `name` on `list`, every other field empty unless `extra` sets it. */
export function partyEntry(
  entryId: string,
  name: string,
  extra: Partial<WatchlistEntry> = {},
  list = 'national',
): WatchlistEntry {
  return {
    list,
    entryId,
    kind: 'PARTY',
    name,
    aliases: [],
    addresses: [],
    nationalities: [],
    countries: [],
    documents: [],
    ...extra,
  };
}
