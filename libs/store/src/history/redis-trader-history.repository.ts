import type Redis from 'ioredis';
import {
  InMemoryTraderHistory,
  type FirstSeen,
  type HistoryFacts,
  type HistoryQuery,
  type TraderHistoryPort,
  type TraderObservation,
} from '@salw/risk-engine';
import type { KeySpace } from '../redis/key-space';

const HOUR_MS = 3_600_000;

export interface RedisTraderHistoryOptions {
  /** How long a first sighting is remembered (a trader unseen for longer is "new" again). */
  readonly firstSeenRetentionDays: number;
  /** Longest window any profile may ask for; older arms-like records are trimmed. */
  readonly maxWindowHours: number;
}

/**
 * Trader history in Redis for SPLIT_SHIPMENTS and NEW_TRADER, with the engine's port semantics:
 * first sighting per trader key (`SET NX`, so the first declaration stays the first), and arms-like
 * consignments per key in a sorted set scored by lodging time, one member per declaration id
 * (`ZADD NX`, so replays and amendments never count twice). Every write is idempotent, which is what
 * makes re-processing after a crash safe.
 */
export class RedisTraderHistory implements TraderHistoryPort {
  constructor(
    private readonly redis: Redis,
    private readonly keys: KeySpace,
    private readonly options: RedisTraderHistoryOptions,
  ) {}

  async load(query: HistoryQuery, now: Date): Promise<HistoryFacts> {
    const seeded = await this.prefetch(
      query.keys.map((k) => k.key),
      now,
    );
    return seeded.load(query, now);
  }

  async record(observation: TraderObservation): Promise<void> {
    await this.recordMany([observation]);
  }

  /**
   * Reads everything known about `traderKeys` in one round trip and returns it as an in-memory
   * history, so a batch of declarations is scored in order (the second of two consignments in one
   * batch sees the first) without a round trip per declaration.
   */
  async prefetch(traderKeys: readonly string[], now: Date): Promise<InMemoryTraderHistory> {
    const unique = [...new Set(traderKeys)];
    const history = new InMemoryTraderHistory();
    if (unique.length === 0) return history;
    const from = now.getTime() - this.options.maxWindowHours * HOUR_MS;
    const pipeline = this.redis.pipeline();
    for (const key of unique) {
      pipeline.get(this.keys.traderFirstSeen(key));
      pipeline.zrangebyscore(this.keys.traderRecent(key), `(${from}`, '+inf', 'WITHSCORES');
    }
    const replies = (await pipeline.exec()) ?? [];
    for (const [error] of replies) if (error) throw error;
    unique.forEach((key, i) => {
      const first = replies[2 * i][1] as string | null;
      const recent = replies[2 * i + 1][1] as string[];
      if (first !== null) {
        const seen = JSON.parse(first) as FirstSeen;
        void history.record({
          declarationId: seen.declarationId,
          version: 0,
          at: seen.at,
          keys: [{ role: 'consignee', by: 'id', key }],
          armsLike: false,
        });
      }
      for (let j = 0; j < recent.length; j += 2) {
        const at = new Date(Number(recent[j + 1])).toISOString();
        void history.record({
          declarationId: recent[j],
          version: 0,
          at,
          keys: [{ role: 'consignee', by: 'id', key }],
          armsLike: true,
        });
      }
    });
    return history;
  }

  /** Writes observations in one pipeline; each write is idempotent. */
  async recordMany(observations: readonly TraderObservation[]): Promise<void> {
    if (observations.length === 0) return;
    const firstSeenTtl = this.options.firstSeenRetentionDays * 24 * 3600;
    const recentTtl = this.options.maxWindowHours * 3600 * 2;
    const pipeline = this.redis.pipeline();
    for (const observation of observations) {
      const at = Date.parse(observation.at);
      const seen = JSON.stringify({
        at: observation.at,
        declarationId: observation.declarationId,
      } satisfies FirstSeen);
      for (const { key } of observation.keys) {
        pipeline.set(this.keys.traderFirstSeen(key), seen, 'EX', firstSeenTtl, 'NX');
        if (observation.armsLike) {
          const recentKey = this.keys.traderRecent(key);
          pipeline.zadd(recentKey, 'NX', at, observation.declarationId);
          pipeline.zremrangebyscore(recentKey, '-inf', at - this.options.maxWindowHours * HOUR_MS);
          pipeline.expire(recentKey, recentTtl);
        }
      }
    }
    for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
  }
}
