import { isDeepStrictEqual } from 'node:util';
import type Redis from 'ioredis';
import type { RiskProfileDocument } from '@salw/risk-engine';
import type { WatchlistFile } from '@salw/watchlists';
import type { KeySpace } from '../redis/key-space';
import type { ActivationRequest, ActiveSnapshot } from './active-snapshot.model';

/** A stored list version: the parsed file plus the number the store gave it. */
export interface StoredWatchlist {
  readonly version: number;
  readonly file: WatchlistFile;
}

export interface LoadedActiveSnapshot {
  readonly active: ActiveSnapshot;
  readonly profile: RiskProfileDocument;
  readonly watchlists: readonly StoredWatchlist[];
}

export class SnapshotStoreError extends Error {
  override readonly name = 'SnapshotStoreError';
}

/**
 * Risk profiles and watchlists in Redis as immutable versions, and the pointer to the active set.
 * Versions are never rewritten: a profile version is stored once (the same id and version with other
 * content is refused), every list import gets a new number. Activation writes the pointer and
 * announces it on a channel in one MULTI, so screeners switch atomically to a complete set.
 */
/** Entries per stored chunk: one chunk is parsed at a time, so a chunk's text is the biggest string a load makes. */
export const DEFAULT_ENTRIES_PER_CHUNK = 5_000;
/** Chunks read per round trip when a list is loaded. */
const CHUNKS_PER_READ = 20;

/** The stored header of a list version: the file without entries, and how many chunks hold them. */
interface StoredWatchlistHeader extends Omit<WatchlistFile, 'entries'> {
  readonly entryChunks?: number;
  /** Versions stored before entries were chunked hold them here. */
  readonly entries?: WatchlistFile['entries'];
}

export class SnapshotStoreRepository {
  constructor(
    private readonly redis: Redis,
    private readonly keys: KeySpace,
    private readonly options: { readonly entriesPerChunk?: number } = {},
  ) {}

  async saveProfile(
    profile: RiskProfileDocument,
  ): Promise<{ id: string; version: number; created: boolean }> {
    const key = this.keys.profile(profile.id, profile.version);
    const stored = await this.redis.set(key, JSON.stringify(profile), 'NX');
    if (stored === 'OK') return { id: profile.id, version: profile.version, created: true };
    const existing = JSON.parse((await this.redis.get(key)) ?? 'null') as unknown;
    if (!isDeepStrictEqual(existing, JSON.parse(JSON.stringify(profile)))) {
      throw new SnapshotStoreError(
        `profile ${profile.id} version ${profile.version} is already stored with other content; give the changed profile a higher version`,
      );
    }
    return { id: profile.id, version: profile.version, created: false };
  }

  /**
   * Stores a parsed list as its next version and returns that version number. The entries go into
   * a Redis list of chunks, the header last: a version exists (and can be activated) only once it is
   * complete, and neither writing nor loading a million-entry list makes one giant string.
   */
  async saveWatchlist(file: WatchlistFile): Promise<number> {
    const version = await this.redis.incr(this.keys.watchlistVersionCounter(file.list));
    const { entries, ...header } = file;
    const perChunk = this.options.entriesPerChunk ?? DEFAULT_ENTRIES_PER_CHUNK;
    const entriesKey = this.keys.watchlistEntries(file.list, version);
    let chunks = 0;
    for (let start = 0; start < entries.length; start += perChunk * CHUNKS_PER_READ) {
      const batch: string[] = [];
      for (let at = start; at < Math.min(entries.length, start + perChunk * CHUNKS_PER_READ); at += perChunk)
        batch.push(JSON.stringify(entries.slice(at, at + perChunk)));
      await this.redis.rpush(entriesKey, ...batch);
      chunks += batch.length;
    }
    const stored: StoredWatchlistHeader = { ...header, entryChunks: chunks };
    await this.redis.set(this.keys.watchlist(file.list, version), JSON.stringify(stored));
    return version;
  }

  async getActive(): Promise<ActiveSnapshot | undefined> {
    const raw = await this.redis.get(this.keys.activeSnapshot());
    return raw === null ? undefined : (JSON.parse(raw) as ActiveSnapshot);
  }

  /**
   * Makes a new set active. Every named version must exist; the previous pointer is replaced in one
   * step, so a screener never sees a profile from one activation with lists from another.
   */
  async activate(request: ActivationRequest, now: Date): Promise<ActiveSnapshot> {
    const current = await this.getActive();
    const profile = request.profile ?? current?.profile;
    if (!profile) throw new SnapshotStoreError('no profile is active yet: name one to activate');
    const lists: Record<string, number> = { ...(current?.lists ?? {}), ...(request.lists ?? {}) };
    for (const removed of request.removeLists ?? []) delete lists[removed];

    const missing: string[] = [];
    if ((await this.redis.exists(this.keys.profile(profile.id, profile.version))) === 0)
      missing.push(`profile ${profile.id} v${profile.version}`);
    for (const [list, version] of Object.entries(lists)) {
      if ((await this.redis.exists(this.keys.watchlist(list, version))) === 0)
        missing.push(`list ${list} v${version}`);
    }
    if (missing.length > 0)
      throw new SnapshotStoreError(`cannot activate: not stored: ${missing.join(', ')}`);

    const activation = await this.redis.incr(this.keys.activationCounter());
    const active: ActiveSnapshot = { activation, activatedAt: now.toISOString(), profile, lists };
    const result = await this.redis
      .multi()
      .set(this.keys.activeSnapshot(), JSON.stringify(active))
      .publish(this.keys.activationChannel(), String(activation))
      .exec();
    for (const [error] of result ?? []) if (error) throw error;
    return active;
  }

  /** Reads the active pointer and every document it names. */
  async loadActive(): Promise<LoadedActiveSnapshot | undefined> {
    const active = await this.getActive();
    if (!active) return undefined;
    const profileRaw = await this.redis.get(this.keys.profile(active.profile.id, active.profile.version));
    if (profileRaw === null)
      throw new SnapshotStoreError(
        `active profile ${active.profile.id} v${active.profile.version} is missing from Redis`,
      );
    const lists = Object.entries(active.lists).sort(([a], [b]) => (a < b ? -1 : 1));
    const watchlists: StoredWatchlist[] = [];
    for (const [list, version] of lists)
      watchlists.push({ version, file: await this.loadWatchlist(list, version) });
    return { active, profile: JSON.parse(profileRaw) as RiskProfileDocument, watchlists };
  }

  private async loadWatchlist(list: string, version: number): Promise<WatchlistFile> {
    const raw = await this.redis.get(this.keys.watchlist(list, version));
    if (raw === null) throw new SnapshotStoreError(`active list ${list} v${version} is missing from Redis`);
    const { entryChunks, entries: inline, ...header } = JSON.parse(raw) as StoredWatchlistHeader;
    if (entryChunks === undefined) return { ...header, entries: inline ?? [] };
    const entries: WatchlistFile['entries'][number][] = [];
    const key = this.keys.watchlistEntries(list, version);
    for (let start = 0; start < entryChunks; start += CHUNKS_PER_READ) {
      const chunks = await this.redis.lrange(key, start, Math.min(entryChunks, start + CHUNKS_PER_READ) - 1);
      if (chunks.length !== Math.min(CHUNKS_PER_READ, entryChunks - start))
        throw new SnapshotStoreError(
          `list ${list} v${version} is incomplete in Redis: chunk ${start + chunks.length} of ${entryChunks} is missing`,
        );
      for (const chunk of chunks)
        for (const entry of JSON.parse(chunk) as WatchlistFile['entries']) entries.push(entry);
    }
    return { ...header, entries };
  }
}
