import type { LedgerEntry } from './ledger/screening-decision';

/**
 * The screening ledger as the core needs it: one read and one write per batch (Redis live, a map
 * offline). An abstract class so an app's injector can use it as the token of whichever it binds.
 */
export abstract class ScreeningLedgerPort {
  abstract load(declarationIds: readonly string[]): Promise<Map<string, LedgerEntry[]>>;
  abstract save(updates: ReadonlyMap<string, readonly LedgerEntry[]>): Promise<void>;
}
