import {
  Counter,
  Gauge,
  Histogram,
  Registry,
  collectDefaultMetrics,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
  type Metric,
} from 'prom-client';
import { assertMetricName, MetricNameError, type MetricKind } from './metric-name.guard';

export interface MetricsRegistryOptions {
  /** Added as the `service` label of every series. */
  readonly service: string;
  /** Node process metrics (CPU, memory, event-loop lag, GC) under their standard names. */
  readonly defaultMetrics?: boolean;
}

type Common<T extends string> = { name: string; help: string; labelNames?: readonly T[] };

/**
 * The process' metrics: one prom-client registry and helpers that check names before registering.
 * Asking twice for the same name returns the same metric, so two modules may share one (e.g. the
 * Redis health check and the Redis repositories both observe `salw_redis_command_duration_seconds`).
 */
export class MetricsRegistry {
  readonly registry = new Registry();

  constructor(readonly options: MetricsRegistryOptions) {
    this.registry.setDefaultLabels({ service: options.service });
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  counter<T extends string>(config: Common<T>): Counter<T> {
    return this.getOrCreate(
      'counter',
      config,
      Counter,
      () =>
        new Counter({
          ...config,
          labelNames: config.labelNames ?? [],
          registers: [this.registry],
        } as CounterConfiguration<T>),
    );
  }

  gauge<T extends string>(config: Common<T> & Pick<GaugeConfiguration<T>, 'collect'>): Gauge<T> {
    return this.getOrCreate(
      'gauge',
      config,
      Gauge,
      () =>
        new Gauge({
          ...config,
          labelNames: config.labelNames ?? [],
          registers: [this.registry],
        } as GaugeConfiguration<T>),
    );
  }

  /** `buckets` in the metric's base unit; the default suits request latencies of 1 ms to 10 s. */
  histogram<T extends string>(config: Common<T> & { buckets?: number[] }): Histogram<T> {
    return this.getOrCreate(
      'histogram',
      config,
      Histogram,
      () =>
        new Histogram({
          ...config,
          labelNames: config.labelNames ?? [],
          buckets: config.buckets ?? [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
          registers: [this.registry],
        } as HistogramConfiguration<T>),
    );
  }

  /** The exposition text for a scrape. */
  metrics(): Promise<string> {
    return this.registry.metrics();
  }

  private getOrCreate<M extends Metric<string>>(
    kind: MetricKind,
    config: Common<string>,
    type: abstract new (...args: never[]) => M,
    create: () => M,
  ): M {
    assertMetricName(config.name, kind, config.labelNames ?? []);
    const existing = this.registry.getSingleMetric(config.name);
    if (existing === undefined) return create();
    if (!(existing instanceof type)) {
      throw new MetricNameError(`metric "${config.name}" is already registered as another kind than ${kind}`);
    }
    return existing;
  }
}

export function createMetricsRegistry(options: MetricsRegistryOptions): MetricsRegistry {
  return new MetricsRegistry(options);
}
