import type { RedisConnection } from '../redis/redis-connection';
import {
  InMemoryTraderHistory,
  type FirstSeen,
  type HistoryFacts,
  type HistoryQuery,
  type TraderHistoryPort,
  type TraderObservation,
} from '@salw/risk-engine';
import type { BatchTraderHistoryPort } from '@salw/screening';
import type { KeySpace } from '../redis/key-space';
import { groupBySlot } from '../redis/cluster-slot';

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
export class RedisTraderHistory implements TraderHistoryPort, BatchTraderHistoryPort {
  constructor(
    private readonly redis: RedisConnection,
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
   * Reads everything known about `traderKeys` in one round trip (one script call, not two commands per
   * key) and returns it as an in-memory history, so a batch of declarations is scored in order (the
   * second of two consignments in one batch sees the first) without a round trip per declaration.
   */
  async prefetch(traderKeys: readonly string[], now: Date): Promise<PrefetchedTraderHistory> {
    const unique = [...new Set(traderKeys)];
    const history = new PrefetchedTraderHistory();
    if (unique.length === 0) return history;
    const from = now.getTime() - this.options.maxWindowHours * HOUR_MS;
    const replies: Array<[string | null, string[]]> = [];
    // One script call per slot on a Cluster (a trader's two keys share its tag), one in all elsewhere.
    const groups = groupBySlot(
      this.redis,
      unique.map((key) => this.keys.traderFirstSeen(key)),
    );
    await Promise.all(
      groups.map(async (group) => {
        const redisKeys = group.flatMap((i) => [
          this.keys.traderFirstSeen(unique[i] as string),
          this.keys.traderRecent(unique[i] as string),
        ]);
        const answers = (await this.redis.eval(
          READ_HISTORY_SCRIPT,
          redisKeys.length,
          ...redisKeys,
          `(${from}`,
        )) as Array<[string | null, string[]]>;
        group.forEach((i, at) => (replies[i] = answers[at] as [string | null, string[]]));
      }),
    );
    unique.forEach((key, i) => {
      const [first, recent] = replies[i];
      const asKey = [{ role: 'consignee' as const, by: 'id' as const, key }];
      if (first) {
        const seen = JSON.parse(first) as FirstSeen;
        history.knownFirstSeen.add(key);
        void history.record({
          declarationId: seen.declarationId,
          version: 0,
          at: seen.at,
          keys: asKey,
          armsLike: false,
        });
      }
      for (let j = 0; j < recent.length; j += 2) {
        const at = new Date(Number(recent[j + 1])).toISOString();
        void history.record({ declarationId: recent[j], version: 0, at, keys: asKey, armsLike: true });
      }
    });
    return history;
  }

  /**
   * Writes observations in one pipeline; each write is idempotent. First sightings already known (from
   * the prefetch) are not written again, and each arms-like set is trimmed and given its TTL once.
   */
  async recordMany(
    observations: readonly TraderObservation[],
    knownFirstSeen: ReadonlySet<string> = new Set(),
  ): Promise<void> {
    if (observations.length === 0) return;
    const firstSeenTtl = this.options.firstSeenRetentionDays * 24 * 3600;
    const recentTtl = this.options.maxWindowHours * 3600 * 2;
    const firstWritten = new Set<string>(knownFirstSeen);
    const firstSeen = new Map<string, string>();
    const armsLike: Array<{ key: string; at: number; declarationId: string }> = [];
    const latestArmsLike = new Map<string, number>();
    for (const observation of observations) {
      const at = Date.parse(observation.at);
      const seen = JSON.stringify({
        at: observation.at,
        declarationId: observation.declarationId,
      } satisfies FirstSeen);
      for (const { key } of observation.keys) {
        if (!firstWritten.has(key)) {
          firstWritten.add(key);
          firstSeen.set(key, seen);
        }
        if (observation.armsLike) {
          armsLike.push({ key, at, declarationId: observation.declarationId });
          latestArmsLike.set(key, Math.max(at, latestArmsLike.get(key) ?? at));
        }
      }
    }
    const traders = [...new Set([...firstSeen.keys(), ...latestArmsLike.keys()])];
    // One pipeline per slot on a Cluster (a pipeline may not span nodes), one in all elsewhere.
    const groups = groupBySlot(
      this.redis,
      traders.map((key) => this.keys.traderFirstSeen(key)),
    );
    await Promise.all(
      groups.map(async (group) => {
        const mine = new Set(group.map((i) => traders[i] as string));
        const pipeline = this.redis.pipeline();
        for (const { key, at, declarationId } of armsLike)
          if (mine.has(key)) pipeline.zadd(this.keys.traderRecent(key), 'NX', at, declarationId);
        const first = [...firstSeen].filter(([key]) => mine.has(key));
        if (first.length > 0) {
          pipeline.eval(
            SET_ALL_IF_ABSENT_SCRIPT,
            first.length,
            ...first.map(([key]) => this.keys.traderFirstSeen(key)),
            String(firstSeenTtl),
            ...first.map(([, value]) => value),
          );
        }
        for (const [key, at] of latestArmsLike) {
          if (!mine.has(key)) continue;
          const recentKey = this.keys.traderRecent(key);
          pipeline.zremrangebyscore(recentKey, '-inf', at - this.options.maxWindowHours * HOUR_MS);
          pipeline.expire(recentKey, recentTtl);
        }
        for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
      }),
    );
  }
}

/** The batch's view of trader history, plus which keys already had a first sighting in Redis. */
export class PrefetchedTraderHistory extends InMemoryTraderHistory {
  readonly knownFirstSeen = new Set<string>();
}

/** KEYS: first-seen keys; ARGV[1]: TTL in seconds; ARGV[2..]: values. SET NX keeps the earliest sighting. */
const SET_ALL_IF_ABSENT_SCRIPT = `
for i = 1, #KEYS do
  redis.call('SET', KEYS[i], ARGV[i + 1], 'EX', ARGV[1], 'NX')
end
return #KEYS
`;

/**
 * KEYS: first-seen and recent keys, in pairs; ARGV[1]: the exclusive lower score bound of the window.
 * Returns one {first-seen value or false, recent members with scores} pair per trader key.
 */
const READ_HISTORY_SCRIPT = `
local out = {}
for i = 1, #KEYS, 2 do
  out[#out + 1] = { redis.call('GET', KEYS[i]), redis.call('ZRANGEBYSCORE', KEYS[i + 1], ARGV[1], '+inf', 'WITHSCORES') }
end
return out
`;
