import type { RedisConnection } from '../redis/redis-connection';
import type { KeySpace } from '../redis/key-space';
import { PRUNE_VERSION_LUA } from './activation.lua';
import { StoredVersionsRepository } from './stored-versions.repository';

/**
 * Keeps the newest `keep` versions of a list and deletes the older ones, except those in `protect`
 * (the rollback target) and the active one (checked atomically with each delete). Returns the
 * versions deleted.
 */
export async function pruneListVersions(
  redis: RedisConnection,
  keys: KeySpace,
  list: string,
  keep: number,
  protect: readonly number[],
): Promise<number[]> {
  const stored = (await new StoredVersionsRepository(redis, keys).listVersions(list)).map((v) => v.version);
  const candidates = stored.slice(0, Math.max(0, stored.length - keep)).filter((v) => !protect.includes(v));
  const deleted: number[] = [];
  for (const version of candidates) {
    const removed = (await redis.eval(
      PRUNE_VERSION_LUA,
      3,
      keys.activeSnapshot(),
      keys.watchlist(list, version),
      keys.watchlistEntries(list, version),
      list,
      String(version),
    )) as number;
    if (removed === 1) deleted.push(version);
  }
  return deleted;
}
