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
  readonly aliases: readonly { readonly name: string }[];
  readonly country?: string;
  readonly reason?: string;
  readonly points?: number;
  readonly expiresOn?: string | null;
  readonly value?: string;
  readonly valueKey?: string;
  readonly partyKind?: string;
  readonly originalScriptName?: string;
  readonly countries: readonly string[];
  readonly documents: readonly { readonly type: string; readonly number?: string }[];
  readonly referenceNumber?: string;
}

export interface WatchlistFileSource {
  readonly list: string;
  readonly version: string;
  readonly entries: readonly WatchlistEntrySource[];
}
