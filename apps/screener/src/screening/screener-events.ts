import { Inject, Injectable } from '@nestjs/common';
import type { BatchConsumerEvents, InboundBatch, RecordOutcome } from '@salw/messaging';
import { ScreenerMetrics } from '../metrics/screener.metrics';
import type { ScreenerBatchReport } from './screener-batch.report';

/**
 * Turns the transport's events into metrics and the "consuming" readiness state. Counts happen only
 * after a transaction committed, so they match what read_committed readers see.
 */
@Injectable()
export class ScreenerEvents implements BatchConsumerEvents<ScreenerBatchReport> {
  private healthy = true;
  private lagPartitions = new Set<string>();
  private reason?: string;
  /** Milliseconds since the epoch, for end-to-end latency; replaced in tests. */
  clock: () => number = Date.now;

  constructor(@Inject(ScreenerMetrics) private readonly metrics: ScreenerMetrics) {
    this.metrics.ready.set(1);
  }

  get consuming(): { healthy: boolean; reason?: string } {
    return { healthy: this.healthy, reason: this.reason };
  }

  onBatchCommitted({
    batch,
    outcomes,
    report,
    processingMs,
    transactionMs,
  }: {
    batch: InboundBatch;
    outcomes: readonly RecordOutcome[];
    report: ScreenerBatchReport | undefined;
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
    if (report) {
      // Counted per batch and added once per label value: prom-client hashes the labels on every call.
      const tally = new Tally();
      const fromProduce = this.metrics.endToEndSeconds.labels({ from: 'produce' });
      const fromSubmitted = this.metrics.endToEndSeconds.labels({ from: 'submitted' });
      for (const screened of report.screened) {
        tally.add('trigger', screened.trigger);
        tally.add('severity', screened.severity);
        if (screened.alert) tally.add('alert', screened.severity);
        for (const indicator of screened.indicators) tally.add('indicator', indicator);
        for (const indicator of screened.exempted ?? []) tally.add('exempted', indicator);
        if (screened.producedAt !== undefined)
          fromProduce.observe((now - Number(screened.producedAt)) / 1000);
        fromSubmitted.observe(Math.max(0, now - Date.parse(screened.submittedAt)) / 1000);
      }
      for (const [trigger, n] of tally.of('trigger')) this.metrics.screened.inc({ trigger }, n);
      for (const [severity, n] of tally.of('severity')) this.metrics.results.inc({ severity }, n);
      for (const [severity, n] of tally.of('alert')) this.metrics.alerts.inc({ severity }, n);
      for (const [indicator, n] of tally.of('indicator')) this.metrics.indicatorHits.inc({ indicator }, n);
      for (const [indicator, n] of tally.of('exempted')) this.metrics.exemptedHits.inc({ indicator }, n);
      if (report.replays > 0) this.metrics.replays.inc(report.replays);
    }
    // Dead letters are counted from what was committed: the transport may park a record the core
    // screened (OUTPUT_TOO_LARGE), which the core's report cannot know of.
    for (const outcome of outcomes)
      if (outcome.kind === 'dead-letter') this.metrics.deadLetters.inc({ reason: outcome.reason });
  }

  /** A record batch that no codec can decode: counted here, and readiness follows through onHealthy. */
  onUndecodableBatch(): void {
    this.metrics.undecodableBatches.inc();
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

/** Counts of label values per kind, for one batch. */
class Tally {
  private readonly counts = new Map<string, Map<string, number>>();

  add(kind: string, value: string): void {
    let values = this.counts.get(kind);
    if (!values) this.counts.set(kind, (values = new Map()));
    values.set(value, (values.get(value) ?? 0) + 1);
  }

  of(kind: string): ReadonlyMap<string, number> {
    return this.counts.get(kind) ?? new Map();
  }
}
