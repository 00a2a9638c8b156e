import {
  CollectingEntrySink,
  collectStreamedWatchlist,
  type StreamedWatchlist,
  type WatchlistEntrySink,
} from '../model/watchlist-entry.sink';
import type { WatchlistFile } from '../model/watchlist-file.model';
import { decodeUtf8Chunks } from '../text/decode-chunks.util';
import { UnConsolidatedListReader, type UnConsolidatedListOptions } from './un-consolidated-list.reader';

/** Streams a UN consolidated list (a Node Readable or any AsyncIterable of bytes or text). */
export function parseUnConsolidatedList(
  source: AsyncIterable<string | Uint8Array>,
  options: UnConsolidatedListOptions = {},
): Promise<WatchlistFile> {
  return collectStreamedWatchlist(streamUnConsolidatedList, source, options);
}

/** Streams a UN consolidated list into `sink`, waiting for the sink to drain after every piece read. */
export async function streamUnConsolidatedList(
  source: AsyncIterable<string | Uint8Array>,
  sink: WatchlistEntrySink,
  options: UnConsolidatedListOptions = {},
): Promise<StreamedWatchlist> {
  const reader = new UnConsolidatedListReader(sink, options);
  for await (const text of decodeUtf8Chunks(source, 'un-sc-xml')) {
    reader.write(text);
    if (sink.drain) await sink.drain();
  }
  return reader.end();
}

/** Parses a UN consolidated list already held in memory. */
export function parseUnConsolidatedListText(
  text: string,
  options: UnConsolidatedListOptions = {},
): WatchlistFile {
  const entries = new CollectingEntrySink();
  const reader = new UnConsolidatedListReader(entries, options);
  reader.write(text);
  return entries.file(reader.end());
}
