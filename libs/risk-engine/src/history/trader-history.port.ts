import type { HistoryFacts } from './history-facts.model';
import type { HistoryQuery } from './trader-key.model';
import type { TraderObservation } from './trader-observation.model';

/**
 * Trader history behind the stateful indicators (SPLIT_SHIPMENTS, NEW_TRADER). Load before scoring,
 * record after: the engine itself stays a pure function of the facts it is given.
 */
export interface TraderHistoryPort {
  load(query: HistoryQuery, now: Date): Promise<HistoryFacts>;
  /**
   * Stores an observation. Idempotent per declaration: a replayed version or a later amendment of a
   * declaration already recorded never counts as another consignment.
   */
  record(observation: TraderObservation): Promise<void>;
}
