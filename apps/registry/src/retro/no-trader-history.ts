import { NO_HISTORY } from '@salw/risk-engine';
import type { BatchTraderHistoryPort, PrefetchedHistory } from '@salw/screening';

/** A trader history that knows nothing and keeps nothing: a retro-screening decides no history indicator. */
export class NoTraderHistory implements BatchTraderHistoryPort {
  private readonly empty: PrefetchedHistory = { load: async () => NO_HISTORY, record: async () => undefined };

  async prefetch(): Promise<PrefetchedHistory> {
    return this.empty;
  }

  async recordMany(): Promise<void> {}
}
