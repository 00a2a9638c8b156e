import { Inject, Injectable } from '@nestjs/common';
import { METRICS_REGISTRY, type MetricsRegistry } from '@salw/observability';
import type { Counter, Gauge, Histogram } from 'prom-client';

/**
 * Every series the screener exports, named in one place. Labels are bounded: severities, triggers,
 * dead-letter reasons and indicator codes come from closed sets (the profile's codes), partitions
 * from the topic.
 */
@Injectable()
export class ScreenerMetrics {
  readonly consumed: Counter<'topic'>;
  readonly screened: Counter<'trigger'>;
  readonly results: Counter<'severity'>;
  readonly alerts: Counter<'severity'>;
  readonly indicatorHits: Counter<'indicator'>;
  readonly replays: Counter;
  readonly deadLetters: Counter<'reason'>;
  readonly batchSize: Histogram;
  readonly processingSeconds: Histogram;
  readonly transactionSeconds: Histogram;
  readonly endToEndSeconds: Histogram<'from'>;
  readonly consumerLag: Gauge<'partition'>;
  readonly batchFailures: Counter;
  readonly undecodableBatches: Counter;
  readonly abortedTransactions: Counter;
  readonly snapshotActivation: Gauge;
  readonly snapshotLoadedAt: Gauge;
  readonly snapshotAgeSeconds: Gauge;
  readonly snapshotEntries: Gauge<'kind'>;
  readonly snapshotBuildSeconds: Histogram;
  readonly snapshotActivationFailures: Counter;
  readonly snapshotActivationFailing: Gauge;
  readonly ready: Gauge;
  readonly exemptedHits: Counter<'indicator'>;
  readonly exemptionsHeld: Gauge;
  /** When the snapshot in use was activated; the age gauge is computed from it at each scrape. */
  snapshotActivatedAtMs?: number;

  constructor(@Inject(METRICS_REGISTRY) metrics: MetricsRegistry) {
    this.consumed = metrics.counter({
      name: 'salw_screener_records_consumed_total',
      help: 'Records read from the input topic (committed or not).',
      labelNames: ['topic'],
    });
    this.screened = metrics.counter({
      name: 'salw_screener_declarations_screened_total',
      help: 'Declaration versions scored, by trigger.',
      labelNames: ['trigger'],
    });
    this.results = metrics.counter({
      name: 'salw_screener_results_total',
      help: 'Screening results committed, by severity.',
      labelNames: ['severity'],
    });
    this.alerts = metrics.counter({
      name: 'salw_screener_alerts_total',
      help: 'Alerts committed, by severity.',
      labelNames: ['severity'],
    });
    this.indicatorHits = metrics.counter({
      name: 'salw_screener_indicator_hits_total',
      help: 'Indicator hits in committed results.',
      labelNames: ['indicator'],
    });
    this.replays = metrics.counter({
      name: 'salw_screener_replays_total',
      help: 'Versions already screened (equal or lower): no second result.',
    });
    this.deadLetters = metrics.counter({
      name: 'salw_screener_dead_letters_total',
      help: 'Records sent to the DLQ, by reason.',
      labelNames: ['reason'],
    });
    this.batchSize = metrics.histogram({
      name: 'salw_screener_batch_records',
      help: 'Records per committed batch.',
      buckets: [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500],
    });
    this.processingSeconds = metrics.histogram({
      name: 'salw_screener_batch_processing_seconds',
      help: 'Validation, ledger, history and scoring time per batch.',
    });
    this.transactionSeconds = metrics.histogram({
      name: 'salw_screener_transaction_seconds',
      help: 'Kafka transaction time per batch (send, offsets, commit).',
    });
    this.endToEndSeconds = metrics.histogram({
      name: 'salw_screener_end_to_end_latency_seconds',
      help: 'From the input record (produce time) or the declaration (submittedAt) to its committed result.',
      labelNames: ['from'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600],
    });
    this.consumerLag = metrics.gauge({
      name: 'salw_screener_consumer_lag_records',
      help: 'Records behind the partition end after the last committed batch.',
      labelNames: ['partition'],
    });
    this.batchFailures = metrics.counter({
      name: 'salw_screener_batch_failures_total',
      help: 'Batch attempts that failed and were retried (nothing committed).',
    });
    this.undecodableBatches = metrics.counter({
      name: 'salw_screener_undecodable_batches_total',
      help: 'Record batches no codec could decode (the consumer reports itself not ready while they recur).',
    });
    this.abortedTransactions = metrics.counter({
      name: 'salw_screener_transactions_aborted_total',
      help: 'Kafka transactions aborted.',
    });
    this.snapshotActivation = metrics.gauge({
      name: 'salw_screener_snapshot_activation',
      help: 'Activation number of the snapshot in use.',
    });
    this.snapshotLoadedAt = metrics.gauge({
      name: 'salw_screener_snapshot_loaded_timestamp_seconds',
      help: 'When the snapshot in use was built (Unix time).',
    });
    const activatedAt = () => this.snapshotActivatedAtMs;
    this.snapshotAgeSeconds = metrics.gauge({
      name: 'salw_screener_snapshot_age_seconds',
      help: 'Seconds since the snapshot in use was activated.',
      collect() {
        const at = activatedAt();
        if (at !== undefined) this.set((Date.now() - at) / 1000);
      },
    });
    this.snapshotEntries = metrics.gauge({
      name: 'salw_screener_snapshot_entries',
      help: 'Watchlist entries in the snapshot in use, by kind.',
      labelNames: ['kind'],
    });
    this.snapshotBuildSeconds = metrics.histogram({
      name: 'salw_screener_snapshot_build_seconds',
      help: 'Time to load and build a snapshot (name index included).',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    });
    this.snapshotActivationFailures = metrics.counter({
      name: 'salw_screener_snapshot_activation_failures_total',
      help: 'Attempts to load and build an activated snapshot that failed (the one held stays in use).',
    });
    this.snapshotActivationFailing = metrics.gauge({
      name: 'salw_screener_snapshot_activation_failing',
      help: '1 while the newest activation cannot be loaded and an older snapshot is in use, else 0.',
    });
    this.ready = metrics.gauge({
      name: 'salw_screener_consuming',
      help: '1 while batches commit, 0 while a dependency fails and consumption waits.',
    });
    this.exemptedHits = metrics.counter({
      name: 'salw_screener_exempted_hits_total',
      help: 'Hits shown with zero points in committed results because an exemption covered them, by indicator.',
      labelNames: ['indicator'],
    });
    this.exemptionsHeld = metrics.gauge({
      name: 'salw_screener_exemptions_held',
      help: 'Exemptions loaded (not revoked, not expired when loaded); the engine checks expiry per screening.',
    });
  }
}
