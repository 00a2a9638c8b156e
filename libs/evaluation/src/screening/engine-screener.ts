import type { Declaration, ScreeningResult } from '@salw/contracts';
import {
  evaluateWithObservation,
  historyKeysFor,
  InMemoryTraderHistory,
  type ScreeningSnapshot,
} from '@salw/risk-engine';

export interface Screened {
  readonly result: ScreeningResult;
  /** Time of the engine's evaluation alone (history load excluded), in milliseconds. */
  readonly ms: number;
}

/**
 * Screens declarations through the whole engine in submission order, as the live screener does: trader
 * history kept in memory for the set, `screenedAt` a few seconds after lodging.
 */
export class EngineScreener {
  private readonly history = new InMemoryTraderHistory();

  constructor(private readonly snapshot: ScreeningSnapshot) {}

  async screen(declaration: Declaration): Promise<Screened> {
    const query = historyKeysFor(declaration, this.snapshot.profile);
    const lodged = new Date(declaration.submittedAt);
    const facts = await this.history.load(query, lodged);
    const started = performance.now();
    const { result, observation } = evaluateWithObservation({
      snapshot: this.snapshot,
      declaration,
      history: facts,
      historyKeys: query.keys,
      now: new Date(lodged.getTime() + 3000),
    });
    const ms = performance.now() - started;
    await this.history.record(observation);
    return { result, ms };
  }
}
