import { MetricNameError } from './metric-name.guard';
import { createMetricsRegistry } from './metrics-registry';

describe('MetricsRegistry', () => {
  it('labels every series with the service name', async () => {
    const metrics = createMetricsRegistry({ service: 'screener', defaultMetrics: false });
    metrics
      .counter({ name: 'salw_declarations_screened_total', help: 'screened', labelNames: ['trigger'] })
      .inc({ trigger: 'LIVE' });
    expect(await metrics.metrics()).toContain(
      'salw_declarations_screened_total{trigger="LIVE",service="screener"} 1',
    );
  });

  it('collects Node process metrics by default', async () => {
    const metrics = createMetricsRegistry({ service: 'intake' });
    expect(await metrics.metrics()).toContain('process_cpu_user_seconds_total');
  });

  it('hands out the same metric when two modules ask for one name', () => {
    const metrics = createMetricsRegistry({ service: 's', defaultMetrics: false });
    const first = metrics.histogram({
      name: 'salw_redis_command_duration_seconds',
      help: 'h',
      labelNames: ['command'],
    });
    const second = metrics.histogram({
      name: 'salw_redis_command_duration_seconds',
      help: 'h',
      labelNames: ['command'],
    });
    expect(second).toBe(first);
  });

  it('refuses a name already registered as another kind', () => {
    const metrics = createMetricsRegistry({ service: 's', defaultMetrics: false });
    metrics.gauge({ name: 'salw_snapshot_entries', help: 'g' });
    expect(() => metrics.histogram({ name: 'salw_snapshot_entries', help: 'h' })).toThrow(
      'metric "salw_snapshot_entries" is already registered as another kind than histogram',
    );
  });

  it('checks names before registering anything', async () => {
    const metrics = createMetricsRegistry({ service: 's', defaultMetrics: false });
    expect(() => metrics.counter({ name: 'salw_errors', help: 'e' })).toThrow(MetricNameError);
    expect(await metrics.metrics()).not.toContain('salw_errors');
  });

  it('keeps registries of separate processes (here: separate instances) apart', async () => {
    const a = createMetricsRegistry({ service: 'a', defaultMetrics: false });
    const b = createMetricsRegistry({ service: 'b', defaultMetrics: false });
    a.counter({ name: 'salw_only_in_a_total', help: 'x' });
    expect(await b.metrics()).not.toContain('salw_only_in_a_total');
  });

  it('names the Prometheus text content type', () => {
    expect(createMetricsRegistry({ service: 's', defaultMetrics: false }).contentType).toMatch(
      /^text\/plain; version=0\.0\.4/,
    );
  });
});
