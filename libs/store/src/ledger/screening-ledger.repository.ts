import type Redis from 'ioredis';
import type { KeySpace } from '../redis/key-space';
import type { LedgerEntry } from './screening-decision';

/**
 * Redis side of the screening ledger: one small JSON list per declaration id. Reads and writes a
 * whole batch in one round trip each. Single writer per declaration: all versions of a declaration
 * share a key, hence a partition, hence one consumer at a time.
 */
export class ScreeningLedgerRepository {
  constructor(
    private readonly redis: Redis,
    private readonly keys: KeySpace,
    private readonly retentionSeconds: number,
  ) {}

  async load(declarationIds: readonly string[]): Promise<Map<string, LedgerEntry[]>> {
    const unique = [...new Set(declarationIds)];
    const ledger = new Map<string, LedgerEntry[]>();
    if (unique.length === 0) return ledger;
    const pipeline = this.redis.pipeline();
    for (const id of unique) pipeline.get(this.keys.declarationLedger(id));
    const replies = (await pipeline.exec()) ?? [];
    unique.forEach((id, index) => {
      const [error, raw] = replies[index] ?? [new Error('no reply')];
      if (error) throw error;
      ledger.set(id, typeof raw === 'string' ? (JSON.parse(raw) as LedgerEntry[]) : []);
    });
    return ledger;
  }

  async save(updates: ReadonlyMap<string, readonly LedgerEntry[]>): Promise<void> {
    if (updates.size === 0) return;
    const pipeline = this.redis.pipeline();
    for (const [id, entries] of updates) {
      pipeline.set(this.keys.declarationLedger(id), JSON.stringify(entries), 'EX', this.retentionSeconds);
    }
    for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
  }
}
