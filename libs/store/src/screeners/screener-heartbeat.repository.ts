import type { RedisConnection } from '../redis/redis-connection';
import type { KeySpace } from '../redis/key-space';
import { groupBySlot } from '../redis/cluster-slot';
import { scanKeys } from '../redis/scan-keys';

/** What a running screener reports about itself: which activation it screens with. */
export interface ScreenerHeartbeat {
  readonly instance: string;
  /** Absent while the screener has no snapshot yet. */
  readonly activation?: number;
  readonly profile?: { readonly id: string; readonly version: number };
  readonly lists?: Readonly<Record<string, number>>;
  /** ISO 8601: when this heartbeat was written. */
  readonly at: string;
}

/**
 * Screener heartbeats in Redis: each instance renews its own key with a time to live, so a screener
 * that stops disappears from the list by itself.
 */
export class ScreenerHeartbeatRepository {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
  ) {}

  async beat(heartbeat: ScreenerHeartbeat, ttlSeconds: number): Promise<void> {
    await this.redis.set(
      this.keys.screenerHeartbeat(heartbeat.instance),
      JSON.stringify(heartbeat),
      'EX',
      ttlSeconds,
    );
  }

  async remove(instance: string): Promise<void> {
    await this.redis.del(this.keys.screenerHeartbeat(instance));
  }

  /** Every screener whose heartbeat has not expired, by instance name. */
  async running(): Promise<ScreenerHeartbeat[]> {
    const keys = await scanKeys(this.redis, this.keys.screenerHeartbeatPattern());
    if (keys.length === 0) return [];
    // One MGET per slot on a Cluster (each instance's key has a slot of its own), one in all elsewhere.
    const raws = (
      await Promise.all(
        groupBySlot(this.redis, keys).map((group) => this.redis.mget(group.map((i) => keys[i] as string))),
      )
    ).flat();
    return raws
      .filter((raw): raw is string => raw !== null)
      .map((raw) => JSON.parse(raw) as ScreenerHeartbeat)
      .sort((a, b) => (a.instance < b.instance ? -1 : a.instance > b.instance ? 1 : 0));
  }
}
