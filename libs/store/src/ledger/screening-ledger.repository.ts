import type { RedisConnection } from '../redis/redis-connection';
import type { KeySpace } from '../redis/key-space';
import type { LedgerEntry, ScreeningLedgerPort } from '@salw/screening';

/**
 * Redis side of the screening ledger: one small JSON list per declaration id. Reads and writes a
 * whole batch in one round trip each. Single writer per declaration: all versions of a declaration
 * share a key, hence a partition, hence one consumer at a time.
 */
export class ScreeningLedgerRepository implements ScreeningLedgerPort {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
    private readonly retentionSeconds: number,
  ) {}

  async load(declarationIds: readonly string[]): Promise<Map<string, LedgerEntry[]>> {
    const unique = [...new Set(declarationIds)];
    const ledger = new Map<string, LedgerEntry[]>();
    if (unique.length === 0) return ledger;
    const raws = await this.redis.mget(unique.map((id) => this.keys.declarationLedger(id)));
    unique.forEach((id, index) => {
      const raw = raws[index];
      ledger.set(id, typeof raw === 'string' ? (JSON.parse(raw) as LedgerEntry[]) : []);
    });
    return ledger;
  }

  /** All updates of a batch in one script call (one command instead of one per declaration). */
  async save(updates: ReadonlyMap<string, readonly LedgerEntry[]>): Promise<void> {
    if (updates.size === 0) return;
    const ids = [...updates.keys()];
    await this.redis.eval(
      SET_ALL_WITH_TTL_SCRIPT,
      ids.length,
      ...ids.map((id) => this.keys.declarationLedger(id)),
      String(this.retentionSeconds),
      ...ids.map((id) => JSON.stringify(updates.get(id))),
    );
  }
}

/** KEYS: keys to set; ARGV[1]: TTL in seconds; ARGV[2..]: the values, in key order. */
const SET_ALL_WITH_TTL_SCRIPT = `
for i = 1, #KEYS do
  redis.call('SET', KEYS[i], ARGV[i + 1], 'EX', ARGV[1])
end
return #KEYS
`;
