import {
  listRollbackTarget,
  pruneListVersions,
  type Activation,
  type KeySpace,
  type SnapshotStoreRepository,
  type StoredVersionInfo,
  type StoredVersionsRepository,
  type RedisConnection,
} from '@salw/store';
import { diffWatchlistEntries, summariseWatchlistDiff, type WatchlistDiff } from '@salw/watchlists';
import { activateAudited, type Change } from '../shared/change';
import { DiffCountsCache, type DiffCounts } from './diff-counts.cache';
import { RegistryError, storeRefusalAs } from '../shared/registry.error';

/** One list as `registry lists` shows it. */
export interface ListSummary {
  readonly list: string;
  /** The version the screeners use now (absent when the list is not active). */
  readonly active?: number;
  readonly latest?: number;
  readonly versions: number;
  /** The version `rollback` would return to. */
  readonly rollbackTo?: number;
}

/** A diff of two versions of one list, with the versions it compares. */
export interface ListVersionsDiff extends WatchlistDiff {
  readonly list: string;
  readonly from: number;
  readonly to: number;
}

/** One line of counts for the audit: `+3 -1 ~2 entries (v4 -> v5)`. */
export function describeDiff(counts: DiffCounts, from: number | undefined, to: number): string {
  return `+${counts.added} -${counts.removed} ~${counts.changed} entries (${from === undefined ? 'none' : `v${from}`} -> v${to})`;
}

/**
 * The lists and their versions: what is stored, how two versions differ, which is active, and
 * switching (activate, rollback) with an audit record written in the same step as the switch.
 */
export class ListRegistryService {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
    private readonly store: SnapshotStoreRepository,
    private readonly versions: StoredVersionsRepository,
    private readonly keepVersions: number,
  ) {
    this.counts = new DiffCountsCache(redis, keys);
  }

  private readonly counts: DiffCountsCache;

  async lists(): Promise<ListSummary[]> {
    const [names, active, history] = await Promise.all([
      this.versions.listNames(),
      this.store.getActive(),
      this.versions.activationHistory(),
    ]);
    const summaries: ListSummary[] = [];
    for (const list of names) {
      const stored = await this.versions.listVersions(list);
      summaries.push({
        list,
        active: active?.lists[list],
        latest: stored.at(-1)?.version,
        versions: stored.length,
        rollbackTo: listRollbackTarget(active, history, list),
      });
    }
    return summaries;
  }

  async versionsOf(list: string): Promise<(StoredVersionInfo & { active: boolean })[]> {
    const [stored, active] = await Promise.all([this.versions.listVersions(list), this.store.getActive()]);
    if (stored.length === 0) throw new RegistryError('not-found', `no list "${list}" is stored`);
    return stored.map((v) => ({ ...v, active: active?.lists[list] === v.version }));
  }

  async diff(list: string, from: number, to: number): Promise<ListVersionsDiff> {
    const [before, after] = await Promise.all([this.load(list, from), this.load(list, to)]);
    const diff = diffWatchlistEntries(before.entries, after.entries);
    await this.counts.put(list, from, to, summariseWatchlistDiff(diff));
    return { list, from, to, ...diff };
  }

  /** Records the counts of a diff already computed (an import's against the active version). */
  async rememberDiff(list: string, from: number, to: number, counts: DiffCounts): Promise<void> {
    await this.counts.put(list, from, to, counts);
  }

  /** The audit line of a switch from one version to another: cached counts, else a full diff. */
  private async describeSwitch(list: string, from: number, to: number): Promise<string> {
    const cached = await this.counts.get(list, from, to);
    if (cached) return describeDiff(cached, from, to);
    return describeDiff(summariseWatchlistDiff(await this.diff(list, from, to)), from, to);
  }

  /** Makes `version` the list's active version; the audit names the diff from the version it replaces. */
  async activate(list: string, version: number, change: Change): Promise<Activation> {
    const target = await this.versions.versionInfo(list, version);
    if (!target) throw new RegistryError('not-found', `list ${list} v${version} is not stored`);
    const active = await this.store.getActive();
    if (!active)
      throw new RegistryError('conflict', 'nothing is active yet: seed a profile first (npm run -s seed)');
    const previous = active.lists[list];
    if (previous === version)
      throw new RegistryError(
        'conflict',
        `list ${list} v${version} is already active (activation ${active.activation})`,
      );
    const summary =
      previous === undefined
        ? `+${target.entries ?? '?'} entries (none -> v${version})`
        : await this.describeSwitch(list, previous, version);
    return this.switchTo(list, version, change, 'list.activate', summary);
  }

  /** Returns the list to the version the previous activation used (see `listRollbackTarget`). */
  async rollback(list: string, change: Change): Promise<Activation> {
    const [active, history] = await Promise.all([this.store.getActive(), this.versions.activationHistory()]);
    const target = listRollbackTarget(active, history, list);
    if (target === undefined)
      throw new RegistryError(
        'conflict',
        `list ${list}: no earlier activation used another version to return to`,
      );
    const previous = active?.lists[list];
    const summary =
      previous === undefined ? `v${target} again` : await this.describeSwitch(list, previous, target);
    return this.switchTo(list, target, change, 'list.rollback', summary);
  }

  /** Deletes versions beyond the newest `keepVersions`, never the active one or the rollback target. */
  async prune(list: string): Promise<number[]> {
    const [active, history] = await Promise.all([this.store.getActive(), this.versions.activationHistory()]);
    const protect = [active?.lists[list], listRollbackTarget(active, history, list)].filter(
      (v): v is number => v !== undefined,
    );
    return pruneListVersions(this.redis, this.keys, list, this.keepVersions, protect);
  }

  private async switchTo(
    list: string,
    version: number,
    change: Change,
    action: string,
    summary: string,
  ): Promise<Activation> {
    return activateAudited(
      this.store,
      change,
      { lists: { [list]: version } },
      { action, subject: `list ${list} v${version}`, summary },
    );
  }

  private async load(list: string, version: number) {
    return storeRefusalAs('not-found', () => this.versions.loadWatchlist(list, version));
  }
}
