/**
 * The screener's own figures that explain where its time goes, read from its /metrics text. Deltas
 * between two snapshots give per-phase averages (batch size, transaction time, CPU).
 */
export interface ScreenerMetricsSnapshot {
  readonly batches: number;
  readonly records: number;
  readonly transactionSeconds: number;
  readonly batchFailures: number;
  readonly abortedTransactions: number;
  readonly cpuSeconds: number;
  /** Cumulative count of batches with at most `le` records. */
  readonly batchSizeBuckets: ReadonlyMap<string, number>;
}

export function parseScreenerMetrics(text: string): ScreenerMetricsSnapshot {
  const values = new Map<string, number>();
  const buckets = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.length === 0) continue;
    const space = line.lastIndexOf(' ');
    const name = line.slice(0, space);
    const value = Number(line.slice(space + 1));
    const bucket = /^salw_screener_batch_records_bucket\{.*le="([^"]+)"/.exec(name);
    if (bucket) buckets.set(bucket[1], value);
    else values.set(name.replace(/\{.*\}$/, ''), (values.get(name.replace(/\{.*\}$/, '')) ?? 0) + value);
  }
  const get = (name: string) => values.get(name) ?? 0;
  return {
    batches: get('salw_screener_batch_records_count'),
    records: get('salw_screener_batch_records_sum'),
    transactionSeconds: get('salw_screener_transaction_seconds_sum'),
    batchFailures: get('salw_screener_batch_failures_total'),
    abortedTransactions: get('salw_screener_transactions_aborted_total'),
    cpuSeconds: get('process_cpu_seconds_total'),
    batchSizeBuckets: buckets,
  };
}

export interface ScreenerPhaseFigures {
  readonly batches: number;
  readonly meanBatchRecords: number;
  readonly medianBatchRecordsAtMost?: string;
  readonly meanTransactionMs: number;
  /** Share of the phase's wall time spent in transactions, summed over partitions handled concurrently. */
  readonly transactionShareOfWall: number;
  readonly batchFailures: number;
  readonly abortedTransactions: number;
}

export function screenerPhaseFigures(
  before: ScreenerMetricsSnapshot,
  after: ScreenerMetricsSnapshot,
  wallSeconds: number,
): ScreenerPhaseFigures {
  const batches = after.batches - before.batches;
  const perBatch = (total: number) => (batches > 0 ? round((total * 1000) / batches) : 0);
  const half = batches / 2;
  const median = [...after.batchSizeBuckets.keys()].find(
    (le) => (after.batchSizeBuckets.get(le) ?? 0) - (before.batchSizeBuckets.get(le) ?? 0) >= half,
  );
  return {
    batches,
    meanBatchRecords: batches > 0 ? round((after.records - before.records) / batches) : 0,
    medianBatchRecordsAtMost: batches > 0 ? median : undefined,
    meanTransactionMs: perBatch(after.transactionSeconds - before.transactionSeconds),
    transactionShareOfWall: round((after.transactionSeconds - before.transactionSeconds) / wallSeconds),
    batchFailures: after.batchFailures - before.batchFailures,
    abortedTransactions: after.abortedTransactions - before.abortedTransactions,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
