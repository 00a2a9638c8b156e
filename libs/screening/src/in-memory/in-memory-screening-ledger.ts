import type { LedgerEntry } from '../ledger/screening-decision';
import type { ScreeningLedgerPort } from '../screening-ledger.port';

/** The screening ledger in a map: for the offline `screen` command, backtests and tests. */
export class InMemoryScreeningLedger implements ScreeningLedgerPort {
  private readonly entries = new Map<string, readonly LedgerEntry[]>();

  async load(declarationIds: readonly string[]): Promise<Map<string, LedgerEntry[]>> {
    return new Map(declarationIds.map((id) => [id, [...(this.entries.get(id) ?? [])]]));
  }

  async save(updates: ReadonlyMap<string, readonly LedgerEntry[]>): Promise<void> {
    for (const [id, entries] of updates) this.entries.set(id, [...entries]);
  }

  /** What the ledger holds for one declaration (a copy). */
  entriesOf(declarationId: string): LedgerEntry[] {
    return [...(this.entries.get(declarationId) ?? [])];
  }
}
