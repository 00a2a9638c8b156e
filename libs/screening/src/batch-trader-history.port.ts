import type { TraderHistoryPort, TraderObservation } from '@salw/risk-engine';

/** What a prefetch returns: a history to score the batch with, and which keys were known before it. */
export type PrefetchedHistory = TraderHistoryPort & { readonly knownFirstSeen?: ReadonlySet<string> };

/**
 * Trader history as the core needs it: one read for a whole batch, scoring against what was read
 * (each declaration sees the ones before it in the batch), one write after it. An abstract class so
 * an app's injector can use it as the token of whichever it binds.
 */
export abstract class BatchTraderHistoryPort {
  abstract prefetch(traderKeys: readonly string[], now: Date): Promise<PrefetchedHistory>;
  abstract recordMany(
    observations: readonly TraderObservation[],
    knownFirstSeen?: ReadonlySet<string>,
  ): Promise<void>;
}
