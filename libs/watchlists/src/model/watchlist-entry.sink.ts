import type { WatchlistEntry } from './watchlist-entry.model';
import type { WatchlistFile } from './watchlist-file.model';

/**
 * Where a streamed parse puts each accepted entry as soon as it is read, so that a list of a million
 * entries need not be held: a store writing them away in chunks, or a collector. Once a file has a
 * problem (and so will be refused) no further entry is given to the sink.
 */
export interface WatchlistEntrySink {
  add(entry: WatchlistEntry): void;
  /** Awaited between input pieces: a slow sink holds the reading back instead of letting entries pile up. */
  drain?(): Promise<void>;
}

/** What a streamed parse returns: the file without its entries (they went to the sink) and their number. */
export interface StreamedWatchlist extends Omit<WatchlistFile, 'entries'> {
  readonly entryCount: number;
}

/** The sink of the in-memory parsers: keeps every entry. */
export class CollectingEntrySink implements WatchlistEntrySink {
  readonly entries: WatchlistEntry[] = [];

  add(entry: WatchlistEntry): void {
    this.entries.push(entry);
  }

  /** The whole file: the streamed summary with the collected entries. */
  file({ entryCount: _count, ...summary }: StreamedWatchlist): WatchlistFile {
    return { ...summary, entries: this.entries };
  }
}

/**
 * A whole file from a streaming parser (`streamCsvWatchlist`, `streamJsonLinesWatchlist`,
 * `streamUnConsolidatedList`): the entries it streams collected in memory.
 */
export async function collectStreamedWatchlist<Options>(
  stream: (
    source: AsyncIterable<string | Uint8Array>,
    sink: WatchlistEntrySink,
    options: Options,
  ) => Promise<StreamedWatchlist>,
  source: AsyncIterable<string | Uint8Array>,
  options: Options,
): Promise<WatchlistFile> {
  const entries = new CollectingEntrySink();
  return entries.file(await stream(source, entries, options));
}
