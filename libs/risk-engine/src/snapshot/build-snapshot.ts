import { createHash } from 'node:crypto';
import type { CompiledProfile } from '../profile/compiled-profile.model';
import {
  normaliseAddressKey,
  normaliseContainerNumber,
  normaliseImoNumber,
  normaliseTraderId,
} from './identifier-keys';
import { createNameIndexMatcher, entryKeyOf } from './name-index-matcher';
import { PartyEntryTable } from './party-entry-table';
import type { PartyNameMatcher } from './party-name-matcher.model';
import type { ScreeningSnapshot } from './screening-snapshot.model';
import type { WatchlistEntrySource, WatchlistFileSource } from './watchlist-source.model';

export interface BuildSnapshotInput {
  readonly profile: CompiledProfile;
  /** The active version of each list (`WatchlistFile` from `@salw/watchlists`). */
  readonly watchlists: readonly WatchlistFileSource[];
  /**
   * Version names to report. `watchlists` defaults to a digest of the list versions; `lists` defaults to
   * each file's own version (the registry may prefer its own version counters).
   */
  readonly versions?: {
    readonly watchlists?: string;
    readonly lists?: Readonly<Record<string, string | number>>;
  };
  /**
   * Builds the party name index; the name-matching `NameIndex` by default. `keys[k]` is the snapshot
   * key (`list/entryId`) of `parties[k]`, for matchers that want to reuse the strings.
   */
  readonly createNameMatcher?: (
    parties: readonly WatchlistEntrySource[],
    keys: readonly string[],
  ) => PartyNameMatcher;
}

function add(map: Map<string, WatchlistEntrySource[]>, key: string, entry: WatchlistEntrySource): void {
  if (key === '') return;
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function exactKey(entry: WatchlistEntrySource): string {
  const value = entry.value ?? '';
  switch (entry.kind) {
    case 'CONTAINER':
      return entry.valueKey ?? normaliseContainerNumber(value).key;
    case 'VESSEL':
      return entry.valueKey ?? normaliseImoNumber(value).key;
    case 'IDENTIFIER':
      return entry.valueKey ?? normaliseTraderId(value);
    default:
      return normaliseAddressKey(value);
  }
}

/**
 * Builds the immutable snapshot one screening reads: the compiled profile, a name index over every
 * PARTY entry, identity-document numbers of parties, and exact maps for CONTAINER, VESSEL, IDENTIFIER
 * and ADDRESS entries keyed the way the watchlists library normalises them.
 */
export function buildSnapshot(input: BuildSnapshotInput): ScreeningSnapshot {
  const partyEntries: WatchlistEntrySource[] = [];
  const partyDocuments = new Map<string, WatchlistEntrySource[]>();
  const containers = new Map<string, WatchlistEntrySource[]>();
  const vessels = new Map<string, WatchlistEntrySource[]>();
  const identifiers = new Map<string, WatchlistEntrySource[]>();
  const addresses = new Map<string, WatchlistEntrySource[]>();
  const files = [...input.watchlists].sort((a, b) => (a.list < b.list ? -1 : a.list > b.list ? 1 : 0));
  for (const file of files) {
    for (const entry of file.entries) {
      switch (entry.kind) {
        case 'PARTY':
          partyEntries.push(entry);
          for (const doc of entry.documents)
            if (doc.number) add(partyDocuments, normaliseTraderId(doc.number), entry);
          break;
        case 'CONTAINER':
          add(containers, exactKey(entry), entry);
          break;
        case 'VESSEL':
          add(vessels, exactKey(entry), entry);
          break;
        case 'IDENTIFIER':
          add(identifiers, exactKey(entry), entry);
          break;
        case 'ADDRESS':
          add(addresses, `${entry.country ?? '*'}|${exactKey(entry)}`, entry);
          break;
      }
    }
  }
  const lists: Record<string, string | number> = {};
  for (const file of files) lists[file.list] = input.versions?.lists?.[file.list] ?? file.version;
  const version =
    input.versions?.watchlists ??
    `wl-${createHash('sha256')
      .update(
        Object.entries(lists)
          .map(([l, v]) => `${l}=${v}`)
          .join('\n'),
      )
      .digest('hex')
      .slice(0, 16)}`;
  const createMatcher =
    input.createNameMatcher ??
    ((list: readonly WatchlistEntrySource[], keys: readonly string[]) =>
      createNameIndexMatcher(list, { keys }));
  const parties = PartyEntryTable.build(partyEntries, entryKeyOf);
  return Object.freeze({
    profile: input.profile,
    watchlists: Object.freeze({ version, lists: Object.freeze(lists) }),
    partyNames: createMatcher(parties.kept, parties.keys),
    parties: parties.table,
    partyDocuments,
    containers,
    vessels,
    identifiers,
    addresses,
    addressCountries: new Set([...addresses.keys()].map((key) => key.slice(0, key.indexOf('|')))),
  });
}
