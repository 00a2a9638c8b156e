import type { RedisConnection } from '../redis/redis-connection';
import type { RiskProfileDocument } from '@salw/risk-engine';
import type { WatchlistFile } from '@salw/watchlists';
import type { KeySpace } from '../redis/key-space';
import { escapeGlob, scanKeys } from '../redis/scan-keys';
import type { Activation, StoredVersionInfo } from './activation.model';
import { SnapshotStoreError } from './snapshot-store.error';

/** Chunks read per round trip when a list is loaded. */
export const CHUNKS_PER_READ = 20;

/** The stored header of a list version: the file without entries, how many chunks hold them, and who imported it. */
export interface StoredWatchlistHeader extends Omit<WatchlistFile, 'entries'> {
  readonly entryChunks?: number;
  readonly entryCount?: number;
  readonly importedAt?: string;
  readonly importedBy?: string;
  /** Versions stored before entries were chunked hold them here. */
  readonly entries?: WatchlistFile['entries'];
}

/** A stored profile version as the registry lists it. */
export interface StoredProfileInfo {
  readonly id: string;
  readonly version: number;
  readonly name?: string;
}

/**
 * Reads what the store holds: which lists and profiles exist, their versions with who imported them
 * and how many entries they have, one version whole, and the activation history. Never writes.
 */
export class StoredVersionsRepository {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
  ) {}

  /** Names of every list that has ever had a version stored, sorted. */
  async listNames(): Promise<string[]> {
    const prefix = this.keys.watchlistKeyPrefix;
    const counters = await scanKeys(this.redis, `${escapeGlob(prefix)}*:seq`);
    return counters.map((key) => key.slice(prefix.length, -':seq'.length)).sort();
  }

  /** The versions of a list still stored, oldest first (pruned versions are gone). */
  async listVersions(list: string): Promise<StoredVersionInfo[]> {
    const last = Number((await this.redis.get(this.keys.watchlistVersionCounter(list))) ?? 0);
    if (last === 0) return [];
    const numbers = Array.from({ length: last }, (_, i) => i + 1);
    const headers: StoredVersionInfo[] = [];
    for (let start = 0; start < numbers.length; start += 500) {
      const batch = numbers.slice(start, start + 500);
      const raws = await this.redis.mget(...batch.map((v) => this.keys.watchlist(list, v)));
      raws.forEach((raw, i) => {
        if (raw !== null)
          headers.push(describeVersion(list, batch[i], JSON.parse(raw) as StoredWatchlistHeader));
      });
    }
    return headers;
  }

  async versionInfo(list: string, version: number): Promise<StoredVersionInfo | undefined> {
    const raw = await this.redis.get(this.keys.watchlist(list, version));
    return raw === null
      ? undefined
      : describeVersion(list, version, JSON.parse(raw) as StoredWatchlistHeader);
  }

  /** One stored list version with every entry; refused when it is missing or incomplete. */
  async loadWatchlist(list: string, version: number): Promise<WatchlistFile> {
    const raw = await this.redis.get(this.keys.watchlist(list, version));
    if (raw === null) throw new SnapshotStoreError(`list ${list} v${version} is not stored`);
    const stored = JSON.parse(raw) as StoredWatchlistHeader;
    const { entryChunks } = stored;
    // The file as parsed, without what the store adds to the header (chunks, counts, importer).
    const header = {
      list: stored.list,
      version: stored.version,
      format: stored.format,
      warnings: stored.warnings,
    };
    if (entryChunks === undefined) return { ...header, entries: stored.entries ?? [] };
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

  async loadProfile(id: string, version: number): Promise<RiskProfileDocument> {
    const raw = await this.redis.get(this.keys.profile(id, version));
    if (raw === null) throw new SnapshotStoreError(`profile ${id} v${version} is not stored`);
    return JSON.parse(raw) as RiskProfileDocument;
  }

  /** Every stored profile version, by id then version. */
  async listProfiles(): Promise<StoredProfileInfo[]> {
    const prefix = this.keys.profileKeyPrefix;
    const found: StoredProfileInfo[] = [];
    for (const key of await scanKeys(this.redis, `${escapeGlob(prefix)}*:v*`)) {
      const match = /^(.+):v(\d+)$/.exec(key.slice(prefix.length));
      if (!match) continue;
      const doc = JSON.parse((await this.redis.get(key)) ?? 'null') as { name?: string } | null;
      if (doc) found.push({ id: match[1], version: Number(match[2]), name: doc.name });
    }
    return found.sort((a, b) => (a.id === b.id ? a.version - b.version : a.id < b.id ? -1 : 1));
  }

  /** The activations replaced so far, newest first. */
  async activationHistory(limit = 100): Promise<Activation[]> {
    const raws = await this.redis.lrange(this.keys.activationHistory(), 0, limit - 1);
    return raws.map((raw) => JSON.parse(raw) as Activation);
  }
}

function describeVersion(list: string, version: number, header: StoredWatchlistHeader): StoredVersionInfo {
  return {
    list,
    version,
    entries: header.entryCount ?? header.entries?.length,
    format: header.format,
    sourceVersion: header.version,
    importedAt: header.importedAt,
    importedBy: header.importedBy,
  };
}
