import type { Cluster, Redis } from 'ioredis';

/**
 * What the store, the auth library and the apps hold: one node or a Sentinel-managed master (a
 * `Redis`), or a Redis Cluster (a `Cluster`). Both have the same command API; what differs is that on
 * a Cluster every script, MULTI and multi-key command must name keys of one slot (see KeySpace and
 * docs/redis.md), and SCAN visits one node (see scanKeys).
 */
export type RedisConnection = Redis | Cluster;

/** True for a Redis Cluster client (ioredis marks it with `isCluster`). */
export function isCluster(redis: RedisConnection): redis is Cluster {
  return (redis as { isCluster?: boolean }).isCluster === true;
}
