import type { BatchConsumerEvents, InboundBatch, RecordOutcome } from '@salw/messaging';
import type { ScreenerMetrics } from '../metrics/screener.metrics';
import type { ScreeningBatchProcessor } from './screening-batch.processor';

/**
 * Turns the transport's events into metrics and the "consuming" readiness state. Counts happen only
 * after a transaction committed, so they match what read_committed readers see.
 */
export class ScreenerEvents implements BatchConsumerEvents {
  private healthy = true;
  private lagPartitions = new Set<string>();
  private reason?: string;

  constructor(
    private readonly metrics: ScreenerMetrics,
    private readonly processor: Pick<ScreeningBatchProcessor, 'reportOf'> | undefined,
    private readonly clock: () => number = Date.now,
  ) {
    this.metrics.ready.set(1);
  }

  get consuming(): { healthy: boolean; reason?: string } {
    return { healthy: this.healthy, reason: this.reason };
  }

  onBatchCommitted({
    batch,
    outcomes,
    processingMs,
    transactionMs,
  }: {
    batch: InboundBatch;
    outcomes: readonly RecordOutcome[];
    processingMs: number;
    transactionMs: number;
  }): void {
    const now = this.clock();
    this.metrics.consumed.inc({ topic: batch.topic }, batch.records.length);
    this.metrics.batchSize.observe(batch.records.length);
    this.metrics.processingSeconds.observe(processingMs / 1000);
    this.metrics.transactionSeconds.observe(transactionMs / 1000);
    if (batch.highWatermark !== undefined) {
      const last = BigInt(batch.records[batch.records.length - 1].offset);
      this.lagPartitions.add(String(batch.partition));
      this.metrics.consumerLag.set(
        { partition: String(batch.partition) },
        Number(BigInt(batch.highWatermark) - last - 1n),
      );
    }
    const report = this.processor?.reportOf(batch);
    if (report) {
      for (const screened of report.screened) {
        this.metrics.screened.inc({ trigger: screened.trigger });
        this.metrics.results.inc({ severity: screened.severity });
        if (screened.alert) this.metrics.alerts.inc({ severity: screened.severity });
        for (const indicator of screened.indicators) this.metrics.indicatorHits.inc({ indicator });
        if (screened.producedAt !== undefined)
          this.metrics.endToEndSeconds.observe(
            { from: 'produce' },
            (now - Number(screened.producedAt)) / 1000,
          );
        this.metrics.endToEndSeconds.observe(
          { from: 'submitted' },
          Math.max(0, now - Date.parse(screened.submittedAt)) / 1000,
        );
      }
      if (report.replays > 0) this.metrics.replays.inc(report.replays);
      for (const reason of report.deadLetters) this.metrics.deadLetters.inc({ reason });
    } else {
      for (const outcome of outcomes)
        if (outcome.kind === 'dead-letter') this.metrics.deadLetters.inc({ reason: outcome.reason });
    }
  }

  /** Partitions lost in a rebalance stop reporting lag here; their new owner reports it. */
  onAssigned(partitions: readonly number[]): void {
    const owned = new Set(partitions.map(String));
    for (const partition of this.lagPartitions) {
      if (!owned.has(partition)) this.metrics.consumerLag.remove({ partition });
    }
    this.lagPartitions = owned;
  }

  onBatchFailed(): void {
    this.metrics.batchFailures.inc();
  }

  onAborted(): void {
    this.metrics.abortedTransactions.inc();
  }

  onHealthy(healthy: boolean, reason?: string): void {
    this.healthy = healthy;
    this.reason = healthy ? undefined : reason;
    this.metrics.ready.set(healthy ? 1 : 0);
  }
}
