import type { ScreeningSnapshot } from '@salw/risk-engine';
import { InMemoryBatchHistory } from '../in-memory/in-memory-batch-history';
import { InMemoryScreeningLedger } from '../in-memory/in-memory-screening-ledger';
import { screenValidated, type ScreeningPorts } from '../screen-batch';
import type { ScreeningOutcome } from '../screening-outcome.model';
import type { ScreeningRecord } from '../screening-record.model';
import { validateRecords, type ValidatedRecords } from '../validate-records';
import type { AlertOutcomeIndex } from './alert-outcome-index';
import { BacktestComparison } from './backtest-comparison';
import type { BacktestReport } from './backtest-report.model';
import { ScreeningFiguresTally } from './screening-figures';

export interface BacktestOptions {
  /** What screens now (the active snapshot). */
  readonly baseline: ScreeningSnapshot;
  /** What would screen instead (a draft profile and/or another list version). */
  readonly candidate: ScreeningSnapshot;
  /** Becomes `screenedAt`; no figure depends on it. */
  readonly now: Date;
  /** The alert desk's decisions, to say what gained and lost alerts were worth. */
  readonly outcomes?: AlertOutcomeIndex;
  /** How many changed declarations each list of the report names (default 50). */
  readonly listed?: number;
  /** Told after each batch with the records read so far. */
  readonly onBatch?: (records: number) => void;
}

/** One side of a backtest: the screening core with its own in-memory ledger and trader history. */
class BacktestSide {
  private readonly ports: ScreeningPorts = {
    ledger: new InMemoryScreeningLedger(),
    history: new InMemoryBatchHistory(),
  };
  readonly tally = new ScreeningFiguresTally();

  constructor(readonly snapshot: ScreeningSnapshot) {}

  async screen(records: ValidatedRecords, now: Date): Promise<ScreeningOutcome[]> {
    const { outcomes } = await screenValidated(records, this.ports, { snapshot: this.snapshot, now });
    for (const outcome of outcomes) {
      if (outcome.kind === 'screened') this.tally.addResult(outcome.result);
      else if (outcome.kind === 'replay') this.tally.addReplay();
      else this.tally.addRefusal(outcome.reason);
    }
    return outcomes;
  }
}

/**
 * Screens the same past declarations with the baseline and the candidate snapshot through the one
 * screening core, each side with its own in-memory ledger and trader history (nothing of the live
 * system is read or written, nothing is published), and compares them declaration by declaration.
 * Each side therefore counts exactly what the offline `screen` command counts for these declarations
 * with that snapshot.
 */
export async function runBacktest(
  batches: AsyncIterable<readonly ScreeningRecord[]>,
  options: BacktestOptions,
): Promise<BacktestReport> {
  const baseline = new BacktestSide(options.baseline);
  const candidate = new BacktestSide(options.candidate);
  const comparison = new BacktestComparison(options.outcomes, options.listed);
  let records = 0;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    // Parsed and validated once: both sides screen the same declarations (nothing mutates them).
    const validated = validateRecords(batch);
    const before = await baseline.screen(validated, options.now);
    const after = await candidate.screen(validated, options.now);
    before.forEach((b, i) => {
      const c = after[i];
      if (b.kind === 'screened' && c.kind === 'screened') comparison.add(b.result, c.result);
    });
    records += batch.length;
    options.onBatch?.(records);
  }
  return comparison.report(
    records,
    { snapshot: baseline.snapshot, figures: baseline.tally.figures() },
    { snapshot: candidate.snapshot, figures: candidate.tally.figures() },
  );
}
