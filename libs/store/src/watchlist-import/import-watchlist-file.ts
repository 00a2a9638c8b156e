import { randomUUID } from 'node:crypto';
import type { RedisConnection } from '../redis/redis-connection';
import type { WatchlistEntry, WatchlistFormat, WatchlistWarning } from '@salw/watchlists';
import { streamWatchlistFile } from '@salw/watchlists/node';
import type { KeySpace } from '../redis/key-space';
import { DEFAULT_ENTRIES_PER_CHUNK, type ImportedBy } from '../snapshot/snapshot-store.repository';
import type { StoredWatchlistHeader } from '../snapshot/stored-versions.repository';
import { RedisEntryChunkWriter } from './redis-entry-chunk.writer';

/** How far an import has come: bytes of the file read, and entries accepted so far. */
export interface ImportProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly entries: number;
}

export interface ImportWatchlistOptions {
  readonly redis: RedisConnection;
  readonly keys: KeySpace;
  /**
   * The UN list: the name its entries are filed under (default `un-sc`). A JSON Lines or CSV list:
   * the list every line must name (a line naming another refuses the file); absent, the file's own.
   */
  readonly list?: string;
  /** The formats this import takes (`['un-sc-xml']` for `import un-sc`); another is refused before anything is written. */
  readonly formats?: readonly WatchlistFormat[];
  /** Called as the file is read (after every piece of 256 KiB) and once at the end. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Who imports it, recorded in the version's header (as saveWatchlist records it). */
  readonly importedBy?: ImportedBy;
  /** Entries per stored chunk; the store's default unless a test wants small chunks. */
  readonly entriesPerChunk?: number;
}

export interface ImportedWatchlist {
  readonly list: string;
  /** The stored version number, as `activate LIST VERSION` names it. */
  readonly version: number;
  readonly entries: number;
  readonly format: WatchlistFormat;
  readonly warnings: readonly WatchlistWarning[];
  /** What the file says its content is: the UN `dateGenerated`, or the SHA-256 of a national file. */
  readonly sourceVersion: string;
}

/** How long the chunks of an unfinished import live after their last write, should the importer die. */
const UNFINISHED_IMPORT_EXPIRY_SECONDS = 15 * 60;

/**
 * Moves the import's chunks under the version's entries key and writes the header, in one step, and
 * only when every chunk is there (an import stalled past its expiry fails instead of leaving a header
 * without entries).
 */
const COMMIT_IMPORT = `
if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[2]) then
  return redis.error_reply('the chunks of this import are incomplete or expired; nothing was stored')
end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('PERSIST', KEYS[2])
redis.call('SET', KEYS[3], ARGV[1])
return 1`;

/**
 * Streams a watchlist file (UN consolidated list XML, JSON Lines or CSV, told apart as
 * parseWatchlistFile does) into a new stored version in Redis, in the layout
 * SnapshotStoreRepository.saveWatchlist writes and loadActive reads: the entries as a Redis list of
 * JSON chunks, then the header. Memory stays bounded whatever the file's size: one chunk of entries
 * as text, a few chunk writes in flight, and the ids seen (12 bytes each, see EntryIdSet).
 *
 * Nothing half-written is ever visible: the chunks go to a key of this import's own; only when the
 * whole file has been read and accepted is the next version number taken and one Lua script moves
 * the chunks under it and writes the header, so a version exists only when complete. A refused file
 * (WatchlistParseError naming the line or element) or a failure deletes that key; a refused file
 * takes no version number; the active version is never touched (activation is a separate step).
 */
export async function importWatchlistFile(
  path: string,
  options: ImportWatchlistOptions,
): Promise<ImportedWatchlist> {
  const { redis, keys } = options;
  const importKey = keys.watchlistImport(randomUUID());
  const writer = new RedisEntryChunkWriter(
    redis,
    importKey,
    options.entriesPerChunk ?? DEFAULT_ENTRIES_PER_CHUNK,
    UNFINISHED_IMPORT_EXPIRY_SECONDS,
  );
  let entries = 0;
  const counter = {
    add: (entry: WatchlistEntry) => {
      entries += 1;
      writer.add(entry);
    },
    drain: () => writer.drain(),
  };
  try {
    let last: ImportProgress | undefined;
    const summary = await streamWatchlistFile(path, counter, {
      ...(options.list !== undefined ? { list: options.list, expectedList: options.list } : {}),
      ...(options.formats !== undefined ? { formats: options.formats } : {}),
      onBytes: (bytesRead, totalBytes) => {
        last = { bytesRead, totalBytes, entries };
        options.onProgress?.(last);
      },
    });
    const entryChunks = await writer.finish();
    const version = await redis.incr(keys.watchlistVersionCounter(summary.list));
    const entriesKey = keys.watchlistEntries(summary.list, version);
    // The header as saveWatchlist writes it: the file without its entries, the chunks, who and when.
    const header: StoredWatchlistHeader = {
      list: summary.list,
      version: summary.version,
      format: summary.format,
      warnings: summary.warnings,
      entryChunks,
      entryCount: summary.entryCount,
      importedAt: (options.importedBy?.at ?? new Date()).toISOString(),
      ...(options.importedBy ? { importedBy: options.importedBy.actor } : {}),
    };
    await redis.eval(
      COMMIT_IMPORT,
      3,
      importKey,
      entriesKey,
      keys.watchlist(summary.list, version),
      JSON.stringify(header),
      String(entryChunks),
    );
    if (last) options.onProgress?.({ ...last, bytesRead: last.totalBytes, entries });
    return {
      list: summary.list,
      version,
      entries: summary.entryCount,
      format: summary.format,
      warnings: summary.warnings,
      sourceVersion: summary.version,
    };
  } catch (error) {
    await writer.abandon();
    // When Redis itself failed, the key may outlive this call; it then expires by itself.
    await redis.del(importKey).catch(() => undefined);
    throw error;
  }
}
