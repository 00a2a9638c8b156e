import { replayKafkaTopic, replayNdjsonFile, type ReplayBatch, type ReplayProgress } from '@salw/messaging';
import type { ScreeningSnapshot } from '@salw/risk-engine';
import {
  runBacktest,
  type AlertOutcomeIndex,
  type BacktestReport,
  type ScreeningRecord,
} from '@salw/screening';
import type { Kafka } from 'kafkajs';

/** Where the past declarations come from: the declarations topic from a time on, or an exported NDJSON file. */
export type BacktestSource =
  | { readonly kind: 'kafka'; readonly topic: string; readonly since: Date }
  | { readonly kind: 'file'; readonly path: string };

export interface BacktestDeclarationsOptions {
  readonly baseline: ScreeningSnapshot;
  readonly candidate: ScreeningSnapshot;
  readonly now: Date;
  /** Needed for a Kafka source. */
  readonly kafka?: Kafka;
  readonly outcomes?: AlertOutcomeIndex;
  readonly listed?: number;
  readonly onProgress?: (progress: ReplayProgress) => void;
}

async function* recordsOf(batches: AsyncIterable<ReplayBatch>): AsyncGenerator<ScreeningRecord[]> {
  for await (const batch of batches)
    yield batch.records.map((r) => ({ value: r.value, key: r.key, position: r }));
}

/**
 * Backtests the declarations of a source: reads them (Kafka read_committed from the offsets of
 * `since` up to the end offsets of now, or the file) and screens them with both snapshots through the
 * screening core, with nothing of the live system written and nothing published.
 */
export async function backtestDeclarations(
  source: BacktestSource,
  options: BacktestDeclarationsOptions,
): Promise<BacktestReport> {
  let batches: AsyncIterable<ReplayBatch>;
  if (source.kind === 'file') {
    batches = replayNdjsonFile(source.path, { onProgress: options.onProgress });
  } else {
    if (!options.kafka) throw new Error('a Kafka source needs a Kafka client');
    batches = replayKafkaTopic(options.kafka, {
      topic: source.topic,
      since: source.since,
      groupIdPrefix: 'salw-backtest',
      onProgress: options.onProgress,
    });
  }
  return runBacktest(recordsOf(batches), {
    baseline: options.baseline,
    candidate: options.candidate,
    now: options.now,
    outcomes: options.outcomes,
    listed: options.listed,
  });
}
