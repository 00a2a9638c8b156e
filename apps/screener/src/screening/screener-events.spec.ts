import { MetricsRegistry } from '@salw/observability';
import type { InboundBatch } from '@salw/messaging';
import { ScreenerMetrics } from '../metrics/screener.metrics';
import { ScreenerEvents } from './screener-events';
import type { ScreenerBatchReport } from './screener-batch.report';

const batch: InboundBatch = {
  topic: 'salw.declarations.v1',
  partition: 2,
  highWatermark: '110',
  records: [
    {
      topic: 'salw.declarations.v1',
      partition: 2,
      offset: '99',
      key: null,
      value: null,
      headers: {},
      timestamp: '1000',
    },
  ],
};

describe('screener events as metrics and readiness', () => {
  let registry: MetricsRegistry;
  let events: ScreenerEvents;
  const report: ScreenerBatchReport = {
    screened: [
      {
        trigger: 'LIVE',
        severity: 'HIGH',
        alert: true,
        indicators: ['CONTROLLED_GOODS', 'MISSING_LICENCE', 'SANCTIONED_PARTY'],
        exempted: ['SANCTIONED_PARTY'],
        submittedAt: '1970-01-01T00:00:00.500Z',
        producedAt: '1000',
      },
    ],
    replays: 1,
    deadLetters: ['INVALID_JSON'],
  };

  beforeEach(() => {
    registry = new MetricsRegistry({ service: 'test', defaultMetrics: false });
    events = new ScreenerEvents(new ScreenerMetrics(registry));
    events.clock = () => 1_250;
  });

  it('counts a committed batch: results and alerts by severity, indicator hits, replays, dead letters, latency and lag', async () => {
    const outcomes = [{ kind: 'dead-letter', reason: 'INVALID_JSON', detail: 'malformed JSON' } as const];
    events.onBatchCommitted({ batch, outcomes, report, processingMs: 30, transactionMs: 12 });
    const text = await registry.metrics();
    expect(text).toContain('salw_screener_results_total{severity="HIGH",service="test"} 1');
    expect(text).toContain('salw_screener_alerts_total{severity="HIGH",service="test"} 1');
    expect(text).toContain(
      'salw_screener_indicator_hits_total{indicator="MISSING_LICENCE",service="test"} 1',
    );
    expect(text).toContain(
      'salw_screener_exempted_hits_total{indicator="SANCTIONED_PARTY",service="test"} 1',
    );
    expect(text).toContain('salw_screener_replays_total{service="test"} 1');
    expect(text).toContain('salw_screener_batch_processing_seconds_sum{service="test"} 0.03');
    expect(text).toContain('salw_screener_dead_letters_total{reason="INVALID_JSON",service="test"} 1');
    expect(text).toContain(
      'salw_screener_end_to_end_latency_seconds_sum{service="test",from="produce"} 0.25',
    );
    expect(text).toContain('salw_screener_consumer_lag_records{partition="2",service="test"} 10');
  });

  it('counts the dead letters that were committed, also one the transport parked after screening', async () => {
    events.onBatchCommitted({
      batch,
      outcomes: [{ kind: 'dead-letter', reason: 'OUTPUT_TOO_LARGE', detail: 'result 3 MB > 2 MiB' }],
      report: { ...report, deadLetters: [] },
      processingMs: 30,
      transactionMs: 12,
    });
    expect(await registry.metrics()).toContain(
      'salw_screener_dead_letters_total{reason="OUTPUT_TOO_LARGE",service="test"} 1',
    );
  });

  it('counts record batches that cannot be decoded', async () => {
    events.onUndecodableBatch();
    events.onUndecodableBatch();
    expect(await registry.metrics()).toContain('salw_screener_undecodable_batches_total{service="test"} 2');
  });

  it('adds up the declarations of a batch per label value', async () => {
    const many: ScreenerBatchReport = {
      screened: [
        { ...report.screened[0] },
        { ...report.screened[0], alert: false, severity: 'LOW', indicators: ['MISSING_LICENCE'] },
        { ...report.screened[0], trigger: 'AMENDMENT' },
      ],
      replays: 0,
      deadLetters: [],
    };
    const counting = new ScreenerEvents(new ScreenerMetrics(registry));
    counting.clock = () => 1_250;
    counting.onBatchCommitted({ batch, outcomes: [], report: many, processingMs: 30, transactionMs: 12 });
    const text = await registry.metrics();
    expect(text).toContain('salw_screener_results_total{severity="HIGH",service="test"} 2');
    expect(text).toContain('salw_screener_results_total{severity="LOW",service="test"} 1');
    expect(text).toContain('salw_screener_alerts_total{severity="HIGH",service="test"} 2');
    expect(text).not.toContain('salw_screener_alerts_total{severity="LOW"');
    expect(text).toContain(
      'salw_screener_indicator_hits_total{indicator="MISSING_LICENCE",service="test"} 3',
    );
    expect(text).toContain(
      'salw_screener_indicator_hits_total{indicator="CONTROLLED_GOODS",service="test"} 2',
    );
    expect(text).toMatch(/salw_screener_declarations_screened_total\{[^}]*trigger="AMENDMENT"[^}]*\} 1/);
    expect(text).toContain(
      'salw_screener_end_to_end_latency_seconds_count{service="test",from="submitted"} 3',
    );
  });

  it('drops the lag of a partition lost in a rebalance', async () => {
    events.onBatchCommitted({ batch, outcomes: [], report, processingMs: 30, transactionMs: 12 });
    events.onAssigned([0, 1]);
    expect(await registry.metrics()).not.toContain('partition="2"');
  });

  it('reports not consuming, with the reason, while batches fail, and recovers', () => {
    events.onHealthy(false, 'Connection is closed.');
    expect(events.consuming).toEqual({ healthy: false, reason: 'Connection is closed.' });
    events.onHealthy(true);
    expect(events.consuming).toEqual({ healthy: true, reason: undefined });
  });
});
