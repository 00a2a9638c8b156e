import type { RedisConnection } from '../redis/redis-connection';
import type { KeySpace } from '../redis/key-space';
import type { LedgerEntry, ScreeningLedgerPort } from '@salw/screening';
import { groupBySlot } from '../redis/cluster-slot';
import { awaitReplicas, type ReplicaAcknowledgement } from '../redis/await-replicas';

/**
 * Redis side of the screening ledger: one small JSON list per declaration id. Reads and writes a
 * whole batch in one round trip each (on a Cluster, one per slot the batch touches, all in flight at
 * once). Single writer per declaration: all versions of a declaration share a key, hence a partition,
 * hence one consumer at a time. With `acknowledgement`, a save returns only once that many replicas
 * hold it, so a Sentinel failover cannot lose a write the screener went on from.
 */
export class ScreeningLedgerRepository implements ScreeningLedgerPort {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
    private readonly retentionSeconds: number,
    private readonly acknowledgement?: ReplicaAcknowledgement,
  ) {}

  async load(declarationIds: readonly string[]): Promise<Map<string, LedgerEntry[]>> {
    const unique = [...new Set(declarationIds)];
    const ledger = new Map<string, LedgerEntry[]>();
    const keys = unique.map((id) => this.keys.declarationLedger(id));
    await Promise.all(
      groupBySlot(this.redis, keys).map(async (group) => {
        const raws = await this.redis.mget(group.map((i) => keys[i] as string));
        group.forEach((at, index) => {
          const raw = raws[index];
          ledger.set(unique[at] as string, typeof raw === 'string' ? (JSON.parse(raw) as LedgerEntry[]) : []);
        });
      }),
    );
    return ledger;
  }

  /** All updates of a batch in one script call per slot (one command instead of one per declaration). */
  async save(updates: ReadonlyMap<string, readonly LedgerEntry[]>): Promise<void> {
    if (updates.size === 0) return;
    const ids = [...updates.keys()];
    const keys = ids.map((id) => this.keys.declarationLedger(id));
    await Promise.all(
      groupBySlot(this.redis, keys).map((group) =>
        this.redis.eval(
          SET_ALL_WITH_TTL_SCRIPT,
          group.length,
          ...group.map((i) => keys[i] as string),
          String(this.retentionSeconds),
          ...group.map((i) => JSON.stringify(updates.get(ids[i] as string))),
        ),
      ),
    );
    if (this.acknowledgement) await awaitReplicas(this.redis, this.acknowledgement, 'screening ledger');
  }
}

/** KEYS: keys to set; ARGV[1]: TTL in seconds; ARGV[2..]: the values, in key order. */
const SET_ALL_WITH_TTL_SCRIPT = `
for i = 1, #KEYS do
  redis.call('SET', KEYS[i], ARGV[i + 1], 'EX', ARGV[1])
end
return #KEYS
`;
