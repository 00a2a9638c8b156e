import type { RedisConnection } from '@salw/store';

/** One replayed (or refused) dead letter, as the audit stream keeps it. */
export interface ReplayAuditEntry {
  readonly replayId: string;
  readonly operator: string;
  readonly query: string;
  readonly deadLetter: string;
  readonly reason: string;
  readonly sourcePartition: string;
  readonly sourceOffset: string;
  readonly key: string;
  /** `replayed` (written back, at `target`) or `still-invalid` (refused again, `detail` says why). */
  readonly outcome: 'replayed' | 'still-invalid';
  readonly target: string;
  readonly detail: string;
}

/** The audit stream's key: `<REDIS_KEY_PREFIX>dlq:replays`. */
export function replayAuditKey(keyPrefix: string): string {
  return `${keyPrefix}dlq:replays`;
}

/** About a year of daily replays of a few hundred records; older entries are trimmed. */
const MAX_ENTRIES = 100_000;

/**
 * Every replay leaves one stream entry per dead letter it considered, in Redis (XADD, trimmed to
 * ~100000 entries): who, when (the entry id), which query, which dead letter and what became of it.
 * Read it with `XRANGE <prefix>dlq:replays - +`.
 */
export async function appendReplayAudit(
  redis: RedisConnection,
  key: string,
  entries: readonly ReplayAuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const pipeline = redis.multi();
  for (const entry of entries) {
    pipeline.xadd(key, 'MAXLEN', '~', String(MAX_ENTRIES), '*', ...Object.entries(entry).flat());
  }
  const results = await pipeline.exec();
  const failed = results?.find(([error]) => error);
  if (!results || failed)
    throw new Error(`writing the replay audit to ${key} failed: ${failed?.[0]?.message ?? 'no reply'}`);
}
