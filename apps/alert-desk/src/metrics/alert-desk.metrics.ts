import type { MetricsRegistry } from '@salw/observability';
import type { Counter, Gauge, Histogram } from 'prom-client';

/** Every series the alert desk exports. Labels are bounded: statuses, severities, outcomes. */
export class AlertDeskMetrics {
  readonly alertsReceived: Counter<'result'>;
  readonly openAlerts: Gauge<'status' | 'severity'>;
  readonly oldestNewAge: Gauge;
  readonly timeToClaim: Histogram;
  readonly timeToClose: Histogram;
  readonly outcomes: Counter<'outcome'>;
  readonly outcomesPublished: Counter;
  readonly sseClients: Gauge;

  constructor(registry: MetricsRegistry, collectWorklist: (metrics: AlertDeskMetrics) => Promise<void>) {
    this.alertsReceived = registry.counter({
      name: 'salw_alert_desk_alerts_received_total',
      help: 'Alerts consumed, by whether they were new or a re-delivery',
      labelNames: ['result'],
    });
    this.openAlerts = registry.gauge({
      name: 'salw_alert_desk_open_alerts',
      help: 'Alerts not yet closed, by status and severity',
      labelNames: ['status', 'severity'],
      collect: () => collectWorklist(this),
    });
    this.oldestNewAge = registry.gauge({
      name: 'salw_alert_desk_oldest_new_alert_age_seconds',
      help: 'How long the oldest unclaimed alert has waited (0 when none)',
    });
    const shiftBuckets = [10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14_400, 28_800, 86_400];
    this.timeToClaim = registry.histogram({
      name: 'salw_alert_desk_time_to_claim_seconds',
      help: 'From an alert reaching the desk to its first claim',
      buckets: shiftBuckets,
    });
    this.timeToClose = registry.histogram({
      name: 'salw_alert_desk_time_to_close_seconds',
      help: 'From an alert reaching the desk to its close with an outcome',
      buckets: shiftBuckets,
    });
    this.outcomes = registry.counter({
      name: 'salw_alert_desk_outcomes_total',
      help: 'Alerts closed, by outcome',
      labelNames: ['outcome'],
    });
    this.outcomesPublished = registry.counter({
      name: 'salw_alert_desk_outcomes_published_total',
      help: 'AlertOutcomes committed to the outcomes topic by the outbox relay',
    });
    this.sseClients = registry.gauge({
      name: 'salw_alert_desk_sse_clients',
      help: 'Browsers and tools connected to the live event stream',
    });
  }
}
