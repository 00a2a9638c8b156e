import type { KeySpace, RedisConnection } from '@salw/store';

/** How many entries were added, removed and changed from one list version to another. */
export interface DiffCounts {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly unchanged: number;
}

/** Cached counts live this long; a pruned version's counts go with them. */
const TTL_SECONDS = 90 * 86_400;

/**
 * The diff counts of two list versions, kept once computed (at import, or at the first activation
 * between them) so an activation of a 100,000-entry list does not load and compare both versions
 * again before it switches. Versions are immutable, so the counts never go stale; the reverse
 * direction is the same counts with added and removed swapped.
 */
export class DiffCountsCache {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
  ) {}

  async get(list: string, from: number, to: number): Promise<DiffCounts | undefined> {
    const raw = await this.redis.get(this.keys.watchlistDiffCounts(list, from, to));
    if (raw === null) return undefined;
    const stored = JSON.parse(raw) as DiffCounts & { from: number };
    const { added, removed, changed, unchanged } = stored;
    return stored.from === from
      ? { added, removed, changed, unchanged }
      : { added: removed, removed: added, changed, unchanged };
  }

  async put(list: string, from: number, to: number, counts: DiffCounts): Promise<DiffCounts> {
    await this.redis.set(
      this.keys.watchlistDiffCounts(list, from, to),
      JSON.stringify({ from, to, ...counts }),
      'EX',
      TTL_SECONDS,
    );
    return counts;
  }
}
