import type { WatchlistFile, WatchlistFormat } from '../model/watchlist-file.model';
import { parseCsvWatchlistStream } from '../national/csv-watchlist.parser';
import { parseJsonLinesWatchlistStream } from '../national/json-lines-watchlist.parser';
import type { LineBasedWatchlistOptions } from '../national/watchlist-file.assembler';
import { parseUnConsolidatedList } from '../un-sc/parse-un-consolidated-list';
import type { UnConsolidatedListOptions } from '../un-sc/un-consolidated-list.reader';

export type WatchlistParseOptions = UnConsolidatedListOptions & LineBasedWatchlistOptions;

/**
 * Parses a watchlist of a known format from a stream, as it streams: no format is read whole first (a
 * national list may hold a million entries).
 */
export async function parseWatchlist(
  format: WatchlistFormat,
  source: AsyncIterable<string | Uint8Array>,
  options: WatchlistParseOptions = {},
): Promise<WatchlistFile> {
  switch (format) {
    case 'un-sc-xml':
      return parseUnConsolidatedList(source, options);
    case 'jsonl':
      return parseJsonLinesWatchlistStream(source, options);
    case 'csv':
      return parseCsvWatchlistStream(source, options);
  }
}
