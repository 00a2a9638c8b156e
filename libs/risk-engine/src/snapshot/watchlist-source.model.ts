/**
 * The parts of `@salw/watchlists` entries and files the engine reads. Declared structurally so the
 * engine depends on the shape, not on the parser package; `WatchlistFile` from `@salw/watchlists`
 * satisfies it as is.
 */
export interface WatchlistEntrySource {
  readonly list: string;
  readonly entryId: string;
  readonly kind: 'PARTY' | 'CONTAINER' | 'VESSEL' | 'IDENTIFIER' | 'ADDRESS';
  readonly name?: string;
  /** `quality` as the list gives it: the UN marks an alias too broad to identify anyone alone as `low`. */
  readonly aliases: readonly { readonly name: string; readonly quality?: string }[];
  readonly country?: string;
  readonly reason?: string;
  readonly points?: number;
  readonly expiresOn?: string | null;
  readonly value?: string;
  readonly valueKey?: string;
  readonly partyKind?: string;
  readonly originalScriptName?: string;
  readonly countries: readonly string[];
  readonly documents: readonly {
    readonly type: string;
    readonly number?: string;
    /** ISO 3166-1 alpha-2 of the issuing country. */
    readonly country?: string;
  }[];
  readonly referenceNumber?: string;
  /** What identifies a listed person, as richer lists (the UN's) give it; absent from national lists. */
  readonly nationalities?: readonly string[];
  readonly datesOfBirth?: readonly BirthDateSource[];
  readonly placesOfBirth?: readonly {
    readonly city?: string;
    readonly stateProvince?: string;
    readonly country?: string;
  }[];
  readonly titles?: readonly string[];
  readonly designations?: readonly string[];
}

/** A listed date of birth: a day (YYYY-MM-DD), a year, or a range of years. */
export interface BirthDateSource {
  readonly type: string;
  readonly date?: string;
  readonly year?: number;
  readonly fromYear?: number;
  readonly toYear?: number;
}

export interface WatchlistFileSource {
  readonly list: string;
  readonly version: string;
  readonly entries: readonly WatchlistEntrySource[];
}
