import { isDeepStrictEqual } from 'node:util';
import type { RedisConnection } from '../redis/redis-connection';
import type { RiskProfileDocument } from '@salw/risk-engine';
import type { WatchlistFile } from '@salw/watchlists';
import type { KeySpace } from '../redis/key-space';
import type { Activation, ActivationRequest } from './activation.model';
import { AUDIT_MAX_RECORDS } from '../audit/audit-log.repository';
import { ACTIVATE_LUA } from './activation.lua';
import { SnapshotStoreError } from './snapshot-store.error';
import {
  CHUNKS_PER_READ,
  StoredVersionsRepository,
  type StoredWatchlistHeader,
} from './stored-versions.repository';

export { SnapshotStoreError } from './snapshot-store.error';

/** A stored list version: the parsed file plus the number the store gave it. */
export interface StoredWatchlist {
  readonly version: number;
  readonly file: WatchlistFile;
}

/** The active activation and every document it names, as the screener builds its snapshot from them. */
export interface ActivationDocuments {
  readonly active: Activation;
  readonly profile: RiskProfileDocument;
  readonly watchlists: readonly StoredWatchlist[];
}

/** Who stored a list version (recorded in its header, shown by `registry versions`). */
export interface ImportedBy {
  readonly actor: string;
  readonly at: Date;
}

/** Entries per stored chunk: one chunk is parsed at a time, so a chunk's text is the biggest string a load makes. */
export const DEFAULT_ENTRIES_PER_CHUNK = 5_000;
/** Replaced activations kept for rollback and the audit of what was active when. */
export const DEFAULT_ACTIVATION_HISTORY = 100;
/** Attempts at an activation that keeps losing the race to others before it gives up. */
const ACTIVATION_ATTEMPTS = 50;

/**
 * Risk profiles and watchlists in Redis as immutable versions, and the pointer to the active set.
 * Versions are never rewritten: a profile version is stored once (the same id and version with other
 * content is refused), every list import gets a new number. Activation replaces the pointer, keeps
 * the replaced one in the history and announces the new one in one Lua step, so screeners switch
 * atomically to a complete set and concurrent activations serialise.
 */
export class SnapshotStoreRepository {
  private readonly versions: StoredVersionsRepository;

  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
    private readonly options: { readonly entriesPerChunk?: number; readonly activationHistory?: number } = {},
  ) {
    this.versions = new StoredVersionsRepository(redis, keys);
  }

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
  async saveWatchlist(file: WatchlistFile, importedBy?: ImportedBy): Promise<number> {
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
    const stored: StoredWatchlistHeader = {
      ...header,
      entryChunks: chunks,
      entryCount: entries.length,
      importedAt: (importedBy?.at ?? new Date()).toISOString(),
      ...(importedBy ? { importedBy: importedBy.actor } : {}),
    };
    await this.redis.set(this.keys.watchlist(file.list, version), JSON.stringify(stored));
    return version;
  }

  async getActive(): Promise<Activation | undefined> {
    const raw = await this.redis.get(this.keys.activeSnapshot());
    return raw === null ? undefined : (JSON.parse(raw) as Activation);
  }

  /**
   * Makes a new set active. Every named version must exist; the previous pointer is replaced in one
   * step, so a screener never sees a profile from one activation with lists from another. When
   * another activation lands between reading the pointer and replacing it, the request is applied
   * again on top of that one (lists it does not name keep what the other activation chose).
   */
  async activate(request: ActivationRequest, now: Date): Promise<Activation> {
    if (request.audit && !(request.actor?.trim() && request.reason?.trim()))
      throw new SnapshotStoreError('an audited activation needs an actor and a reason');
    for (let attempt = 0; attempt < ACTIVATION_ATTEMPTS; attempt++) {
      const current = await this.getActive();
      const profile = request.profile ?? current?.profile;
      if (!profile) throw new SnapshotStoreError('no profile is active yet: name one to activate');
      const lists: Record<string, number> = { ...(current?.lists ?? {}), ...(request.lists ?? {}) };
      for (const removed of request.removeLists ?? []) delete lists[removed];
      const named = [
        this.keys.profile(profile.id, profile.version),
        ...Object.entries(lists).map(([list, version]) => this.keys.watchlist(list, version)),
      ];
      const body = JSON.stringify({
        activatedAt: now.toISOString(),
        profile: { id: profile.id, version: profile.version },
        lists,
        ...(request.actor ? { actor: request.actor } : {}),
        ...(request.reason ? { reason: request.reason } : {}),
      });
      const [outcome, detail] = (await this.redis.eval(
        ACTIVATE_LUA,
        4 + named.length,
        this.keys.activeSnapshot(),
        this.keys.activationCounter(),
        this.keys.activationHistory(),
        this.keys.auditStream(),
        ...named,
        String(current?.activation ?? 0),
        body,
        this.keys.activationChannel(),
        String(this.options.activationHistory ?? DEFAULT_ACTIVATION_HISTORY),
        ...auditArguments(request, now),
      )) as [number, string];
      if (outcome === -1) continue; // another activation came first: apply this one on top of it
      if (outcome === -2)
        throw new SnapshotStoreError(`cannot activate: not stored: ${describeKey(detail, this.keys)}`);
      return JSON.parse(detail) as Activation;
    }
    throw new SnapshotStoreError(
      `cannot activate: ${ACTIVATION_ATTEMPTS} other activations came first; try again`,
    );
  }

  /** Reads the active pointer and every document it names. */
  async loadActive(): Promise<ActivationDocuments | undefined> {
    const active = await this.getActive();
    if (!active) return undefined;
    const profile = await this.versions.loadProfile(active.profile.id, active.profile.version).catch(() => {
      throw new SnapshotStoreError(
        `active profile ${active.profile.id} v${active.profile.version} is missing from Redis`,
      );
    });
    const lists = Object.entries(active.lists).sort(([a], [b]) => (a < b ? -1 : 1));
    const watchlists: StoredWatchlist[] = [];
    for (const [list, version] of lists)
      watchlists.push({ version, file: await this.versions.loadWatchlist(list, version) });
    return { active, profile, watchlists };
  }
}

/** The audit arguments of the activation script: the stream's length kept (0: none) and the fields. */
function auditArguments(request: ActivationRequest, now: Date): string[] {
  if (!request.audit) return ['0'];
  const { action, subject, summary } = request.audit;
  return [
    String(AUDIT_MAX_RECORDS),
    ...['actor', request.actor ?? '', 'action', action, 'subject', subject],
    ...['reason', request.reason ?? '', 'at', now.toISOString(), 'summary', summary],
  ];
}

/** `prefix:watchlist:national:v3` as `list national v3`, for an error a person reads. */
function describeKey(key: string, keys: KeySpace): string {
  for (const [start, kind] of [
    [keys.watchlistKeyPrefix, 'list'],
    [keys.profileKeyPrefix, 'profile'],
  ] as const) {
    const match = key.startsWith(start) ? /^(.+):v(\d+)$/.exec(key.slice(start.length)) : null;
    if (match) return `${kind} ${match[1]} v${match[2]}`;
  }
  return key;
}
