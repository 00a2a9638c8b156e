import type { Redis } from 'ioredis';
import { isCluster, type RedisConnection } from './redis-connection';

/**
 * Every key matching a glob pattern, by SCAN (never KEYS: the store may hold millions of keys). On a
 * Cluster, SCAN sees one node's keys only, so every master is scanned.
 */
export async function scanKeys(redis: RedisConnection, pattern: string): Promise<string[]> {
  const nodes: Redis[] = isCluster(redis) ? redis.nodes('master') : [redis];
  const found: string[] = [];
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      found.push(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  return found;
}

/** A literal text for a glob pattern (list names may hold `*`, `?` or `[`). */
export function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
