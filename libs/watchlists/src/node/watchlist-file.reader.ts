import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { WatchlistParseError } from '../errors/watchlist-parse.error';
import { FORMAT_SNIFF_BYTES, detectWatchlistFormat } from '../format/watchlist-format.detector';
import { type WatchlistParseOptions, streamWatchlist } from '../format/parse-watchlist';
import {
  CollectingEntrySink,
  type StreamedWatchlist,
  type WatchlistEntrySink,
} from '../model/watchlist-entry.sink';
import type { WatchlistFile, WatchlistFormat } from '../model/watchlist-file.model';
import { Utf8OnlyGuard } from '../text/utf8-only.guard';

export interface WatchlistFileStreamOptions extends WatchlistParseOptions {
  /** The formats this import takes (e.g. only `un-sc-xml` for `import un-sc`); another refuses the file before it is read. */
  readonly formats?: readonly WatchlistFormat[];
  /** Called after each piece read from disk with the bytes read so far and the file's size. */
  readonly onBytes?: (bytesRead: number, totalBytes: number) => void;
}

/** Reads a watchlist file from disk, detects its format and parses it (read as a stream). */
export async function parseWatchlistFile(
  path: string,
  options: WatchlistParseOptions = {},
): Promise<WatchlistFile> {
  const entries = new CollectingEntrySink();
  return entries.file(await streamWatchlistFile(path, entries, options));
}

/**
 * Streams a watchlist file from disk into `sink`, entry by entry: the format is detected from the
 * name and first bytes, the bytes must be UTF-8 (see refuseNonUtf8Encodings), and the file is refused
 * whole (WatchlistParseError) when anything in it is wrong.
 */
export async function streamWatchlistFile(
  path: string,
  sink: WatchlistEntrySink,
  options: WatchlistFileStreamOptions = {},
): Promise<StreamedWatchlist> {
  const { format, size } = await sniffWatchlistFile(path);
  const { onBytes, formats, ...parseOptions } = options;
  if (formats !== undefined && !formats.includes(format)) {
    throw new WatchlistParseError(format, [
      { message: `${basename(path)} is ${format}; this import takes ${formats.join(' or ')}` },
    ]);
  }
  return streamWatchlist(format, counted(path, size, onBytes), sink, parseOptions);
}

/** Reads the file's first bytes to tell its format; refuses a file whose format it cannot tell. */
export async function sniffWatchlistFile(path: string): Promise<{ format: WatchlistFormat; size: number }> {
  const handle = await open(path, 'r');
  let head: Uint8Array;
  let size: number;
  try {
    size = (await handle.stat()).size;
    const buffer = Buffer.alloc(FORMAT_SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, FORMAT_SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  new Utf8OnlyGuard(undefined).check(head);
  const format = detectWatchlistFormat(basename(path), head);
  if (format === undefined) {
    throw new WatchlistParseError(undefined, [
      {
        message: `${basename(path)}: format not recognised; expected a UN consolidated list XML, JSON Lines (.jsonl) or CSV (.csv) with an entryId column`,
      },
    ]);
  }
  return { format, size };
}

async function* counted(
  path: string,
  totalBytes: number,
  onBytes: WatchlistFileStreamOptions['onBytes'],
): AsyncGenerator<Uint8Array> {
  let bytesRead = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    yield chunk;
    onBytes?.(bytesRead, totalBytes);
  }
}
