import type { RedisConnection } from '../redis/redis-connection';
import {
  BoundedWatchlistDiff,
  type BoundedDiffResult,
  type WatchlistEntry,
  type WatchlistFormat,
  type WatchlistWarning,
} from '@salw/watchlists';
import { streamWatchlistFile } from '@salw/watchlists/node';
import type { KeySpace } from '../redis/key-space';
import { SnapshotStoreError } from '../snapshot/snapshot-store.error';
import { CHUNKS_PER_READ, type StoredWatchlistHeader } from '../snapshot/stored-versions.repository';

/** The entries of one stored list version, one chunk in memory at a time. */
export async function* storedWatchlistEntries(
  redis: RedisConnection,
  keys: KeySpace,
  list: string,
  version: number,
): AsyncGenerator<WatchlistEntry> {
  const raw = await redis.get(keys.watchlist(list, version));
  if (raw === null) throw new SnapshotStoreError(`list ${list} v${version} is not stored`);
  const { entryChunks, entries } = JSON.parse(raw) as StoredWatchlistHeader;
  if (entryChunks === undefined) {
    yield* entries ?? [];
    return;
  }
  const key = keys.watchlistEntries(list, version);
  for (let first = 0; first < entryChunks; first += CHUNKS_PER_READ) {
    const wanted = Math.min(CHUNKS_PER_READ, entryChunks - first);
    const chunks = await redis.lrange(key, first, first + wanted - 1);
    if (chunks.length !== wanted)
      throw new SnapshotStoreError(
        `list ${list} v${version} is incomplete in Redis: ${chunks.length} of ${wanted} chunks from ${first}`,
      );
    for (const chunk of chunks) yield* JSON.parse(chunk) as WatchlistEntry[];
  }
}

export interface StoredDiffOptions {
  readonly redis: RedisConnection;
  readonly keys: KeySpace;
  /** Name at most this many entries of each kind (all are counted). */
  readonly maxNamed?: number;
}

/**
 * The entry diff between two stored versions of a list (from absent: every entry is added), with
 * memory bounded by the changes rather than the list (see BoundedWatchlistDiff): `from` is read twice,
 * `to` once, chunk by chunk. What an import reports after importWatchlistFile.
 */
export async function diffStoredWatchlists(
  list: string,
  from: number | undefined,
  to: number,
  options: StoredDiffOptions,
): Promise<BoundedDiffResult> {
  const { redis, keys } = options;
  const diff = new BoundedWatchlistDiff(options.maxNamed === undefined ? {} : { maxNamed: options.maxNamed });
  if (from !== undefined)
    for await (const entry of storedWatchlistEntries(redis, keys, list, from)) diff.index(entry);
  for await (const entry of storedWatchlistEntries(redis, keys, list, to)) diff.compare(entry);
  if (from !== undefined)
    for await (const entry of storedWatchlistEntries(redis, keys, list, from)) diff.revisit(entry);
  return diff.result();
}

export interface FileDiffOptions extends StoredDiffOptions {
  /** As for importWatchlistFile. */
  readonly list?: string;
  readonly formats?: readonly WatchlistFormat[];
  /** The stored version to compare with, once the file's list is known (usually the active one). */
  readonly against: (list: string) => Promise<number | undefined>;
}

export interface FileDiff {
  readonly list: string;
  readonly format: WatchlistFormat;
  readonly sourceVersion: string;
  readonly entries: number;
  readonly warnings: readonly WatchlistWarning[];
  /** The stored version compared with; absent when the list has none. */
  readonly against?: number;
  readonly result: BoundedDiffResult;
}

/**
 * A dry run: what importing the file would change against a stored version, storing nothing and
 * holding neither side whole. The file is parsed twice (it is refused, as an import would refuse it,
 * on the first pass), the stored version read once between.
 */
export async function diffWatchlistFileWithStored(path: string, options: FileDiffOptions): Promise<FileDiff> {
  const { redis, keys } = options;
  const diff = new BoundedWatchlistDiff({
    indexed: 'to',
    ...(options.maxNamed === undefined ? {} : { maxNamed: options.maxNamed }),
  });
  const parse = {
    ...(options.list !== undefined ? { list: options.list, expectedList: options.list } : {}),
    ...(options.formats !== undefined ? { formats: options.formats } : {}),
  };
  const summary = await streamWatchlistFile(path, { add: (entry) => diff.index(entry) }, parse);
  const against = await options.against(summary.list);
  if (against !== undefined)
    for await (const entry of storedWatchlistEntries(redis, keys, summary.list, against)) diff.compare(entry);
  await streamWatchlistFile(path, { add: (entry) => diff.revisit(entry) }, parse);
  return {
    list: summary.list,
    format: summary.format,
    sourceVersion: summary.version,
    entries: summary.entryCount,
    warnings: summary.warnings,
    ...(against !== undefined ? { against } : {}),
    result: diff.result(),
  };
}
