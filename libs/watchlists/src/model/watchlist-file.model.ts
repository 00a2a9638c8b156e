import type { WatchlistEntry } from './watchlist-entry.model';

export const WATCHLIST_FORMATS = ['un-sc-xml', 'jsonl', 'csv'] as const;
export type WatchlistFormat = (typeof WATCHLIST_FORMATS)[number];

/** Something worth an analyst's attention that did not make the file unusable. */
export interface WatchlistWarning {
  readonly code: 'UNMAPPED_COUNTRY' | 'UNKNOWN_ALIAS_QUALITY' | 'INVALID_DATE';
  readonly message: string;
  readonly line?: number;
  /** XML element path, or the field name for line-based formats. */
  readonly path?: string;
  readonly entryId?: string;
}

export interface WatchlistFile {
  readonly list: string;
  /**
   * Identifies this content of the list: the UN `dateGenerated` (to the second) for
   * the consolidated list, a SHA-256 digest of the bytes for JSON Lines and CSV.
   */
  readonly version: string;
  readonly format: WatchlistFormat;
  readonly entries: readonly WatchlistEntry[];
  readonly warnings: readonly WatchlistWarning[];
}
