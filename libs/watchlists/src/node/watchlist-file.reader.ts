import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { WatchlistParseError } from '../errors/watchlist-parse.error';
import { FORMAT_SNIFF_BYTES, detectWatchlistFormat } from '../format/watchlist-format.detector';
import { type WatchlistParseOptions, parseWatchlist } from '../format/parse-watchlist';
import type { WatchlistFile } from '../model/watchlist-file.model';

/** Reads a watchlist file from disk, detects its format and parses it (the UN list streamed). */
export async function parseWatchlistFile(
  path: string,
  options: WatchlistParseOptions = {},
): Promise<WatchlistFile> {
  const handle = await open(path, 'r');
  let head: Uint8Array;
  try {
    const buffer = Buffer.alloc(FORMAT_SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, FORMAT_SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const format = detectWatchlistFormat(basename(path), head);
  if (format === undefined) {
    throw new WatchlistParseError(undefined, [
      {
        message: `${basename(path)}: format not recognised; expected a UN consolidated list XML, JSON Lines (.jsonl) or CSV (.csv) with an entryId column`,
      },
    ]);
  }
  return parseWatchlist(format, createReadStream(path), options);
}
