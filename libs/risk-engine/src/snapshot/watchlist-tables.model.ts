import type { PartyNameMatcher } from './party-name-matcher.model';
import type { WatchlistEntrySource } from './watchlist-source.model';

/**
 * The watchlist part of a screening snapshot: the party name index and exact-match maps of the
 * watchlists, with the versions that identify them. What an indicator reads of the snapshot (its
 * profile it reads when compiled). Immutable.
 */
export interface WatchlistTables {
  readonly watchlists: {
    /** One string naming the combination of list versions (goes into resultId). */
    readonly version: string;
    readonly lists: Readonly<Record<string, string | number>>;
  };
  readonly partyNames: PartyNameMatcher;
  /** `list/entryId` -> entry, for every PARTY entry (its names are in `partyNames`). */
  readonly parties: PartyEntries;
  /** Normalised identity-document number -> PARTY entries carrying it (strong identifiers decide alone). */
  readonly partyDocuments: ReadonlyMap<string, readonly WatchlistEntrySource[]>;
  readonly containers: ReadonlyMap<string, readonly WatchlistEntrySource[]>;
  readonly vessels: ReadonlyMap<string, readonly WatchlistEntrySource[]>;
  readonly identifiers: ReadonlyMap<string, readonly WatchlistEntrySource[]>;
  /** `COUNTRY|ADDRESS KEY` (or `*|ADDRESS KEY` when the entry names no country) -> entries. */
  readonly addresses: ReadonlyMap<string, readonly WatchlistEntrySource[]>;
  /** Countries of ADDRESS entries (`*` when some entry names none): most addresses need no normalising at all. */
  readonly addressCountries: ReadonlySet<string>;
}

/** What the snapshot keeps of a PARTY entry besides its names, which only the name index holds. */
export type PartyEntryFacts = Pick<
  WatchlistEntrySource,
  | 'list'
  | 'entryId'
  | 'kind'
  | 'reason'
  | 'points'
  | 'expiresOn'
  | 'partyKind'
  | 'country'
  | 'countries'
  | 'documents'
  | 'referenceNumber'
  | 'nationalities'
  | 'datesOfBirth'
  | 'placesOfBirth'
  | 'titles'
  | 'designations'
> & {
  /** Aliases the list marks as low quality (nicknames, titles with a name): weak evidence on their own. */
  readonly weakAliases?: readonly string[];
};

/** PARTY entries by snapshot key (`list/entryId`), in list order. */
export interface PartyEntries {
  readonly size: number;
  has(key: string): boolean;
  get(key: string): PartyEntryFacts | undefined;
  keys(): IterableIterator<string>;
}
