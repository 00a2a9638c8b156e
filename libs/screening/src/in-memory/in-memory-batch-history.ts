import { InMemoryTraderHistory, type TraderObservation } from '@salw/risk-engine';
import type { BatchTraderHistoryPort, PrefetchedHistory } from '../batch-trader-history.port';

/**
 * Trader history in process memory behind the batch port: the prefetch is the history itself, so
 * each observation is kept as it is recorded and `recordMany` has nothing left to write.
 */
export class InMemoryBatchHistory implements BatchTraderHistoryPort {
  constructor(private readonly history = new InMemoryTraderHistory()) {}

  async prefetch(): Promise<PrefetchedHistory> {
    return this.history;
  }

  async recordMany(_observations: readonly TraderObservation[]): Promise<void> {}
}
