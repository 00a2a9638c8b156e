import {
  CollectingEntrySink,
  type StreamedWatchlist,
  type WatchlistEntrySink,
} from '../model/watchlist-entry.sink';
import type { WatchlistFile, WatchlistFormat } from '../model/watchlist-file.model';
import { streamCsvWatchlist } from '../national/csv-watchlist.parser';
import { streamJsonLinesWatchlist } from '../national/json-lines-watchlist.parser';
import type { LineBasedWatchlistOptions } from '../national/watchlist-file.assembler';
import { streamUnConsolidatedList } from '../un-sc/parse-un-consolidated-list';
import type { UnConsolidatedListOptions } from '../un-sc/un-consolidated-list.reader';
import { refuseNonUtf8Encodings } from '../text/utf8-only.guard';

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
  const entries = new CollectingEntrySink();
  return entries.file(await streamWatchlist(format, source, entries, options));
}

/**
 * Streams a watchlist of a known format into `sink`, entry by entry, never holding the entries. Bytes
 * must be UTF-8: UTF-16 (with or without a byte-order mark) is refused first (see Utf8OnlyGuard).
 */
export async function streamWatchlist(
  format: WatchlistFormat,
  source: AsyncIterable<string | Uint8Array>,
  sink: WatchlistEntrySink,
  options: WatchlistParseOptions = {},
): Promise<StreamedWatchlist> {
  const checked = refuseNonUtf8Encodings(source, format);
  switch (format) {
    case 'un-sc-xml':
      return streamUnConsolidatedList(checked, sink, options);
    case 'jsonl':
      return streamJsonLinesWatchlist(checked, sink, options);
    case 'csv':
      return streamCsvWatchlist(checked, sink, options);
  }
}
