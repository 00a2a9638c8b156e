import type { ScreeningResult } from '@salw/contracts';
import type { ScreeningSnapshot } from '@salw/risk-engine';
import {
  InMemoryBatchHistory,
  InMemoryScreeningLedger,
  screenBatch,
  type ScreeningPorts,
  type ScreeningRefusalReason,
} from '@salw/screening';

/** What one input line became. */
export type LineOutcome =
  | { readonly kind: 'screened'; readonly result: ScreeningResult }
  | {
      readonly kind: 'replay';
      readonly declarationId: string;
      readonly version: number;
      readonly screenedVersion: number;
    }
  | { readonly kind: 'invalid'; readonly reason: ScreeningRefusalReason; readonly message: string };

/**
 * The embedded screener: the screening core with its ledger and trader history in memory, for users
 * without a stack and for analysts screening exported traffic. Lines are screened in the order given,
 * each at its own position, so the live pipeline's replay rule holds unchanged: a higher version of a
 * declaration id is an AMENDMENT, the same content of a screened version a replay (no result), other
 * content under a screened version is refused; SPLIT_SHIPMENTS and NEW_TRADER see the earlier lines.
 */
export class OfflineScreeningSession {
  private readonly ports: ScreeningPorts = {
    ledger: new InMemoryScreeningLedger(),
    history: new InMemoryBatchHistory(),
  };
  private lines = 0;

  constructor(
    private readonly snapshot: ScreeningSnapshot,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async screen(bytes: Uint8Array | string): Promise<LineOutcome> {
    const position = { partition: 0, offset: String(this.lines++) };
    const { outcomes } = await screenBatch([{ value: bytes, position }], this.ports, {
      snapshot: this.snapshot,
      now: this.clock(),
    });
    const [outcome] = outcomes;
    switch (outcome.kind) {
      case 'screened':
        return { kind: 'screened', result: outcome.result };
      case 'replay':
        return outcome;
      case 'refused':
        return { kind: 'invalid', reason: outcome.reason, message: outcome.detail };
    }
  }
}
