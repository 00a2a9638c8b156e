import { assertMetricName, type MetricKind } from './metric-name.guard';

describe('assertMetricName', () => {
  it.each<[string, MetricKind, string[]]>([
    ['salw_declarations_screened_total', 'counter', ['trigger']],
    ['salw_screening_duration_seconds', 'histogram', ['outcome']],
    ['salw_declaration_size_bytes', 'histogram', []],
    ['salw_snapshot_entries', 'gauge', ['list']],
    ['salw_consumer_lag_records', 'gauge', ['topic', 'partition']],
  ])('accepts %s (%s)', (name, kind, labels) => {
    expect(() => assertMetricName(name, kind, labels)).not.toThrow();
  });

  it.each<[string, MetricKind, string[], string]>([
    ['declarations_total', 'counter', [], 'must start with "salw_" and continue in lower snake case'],
    ['salw_Declarations_total', 'counter', [], 'must start with "salw_" and continue in lower snake case'],
    ['salw__double_total', 'counter', [], 'must start with "salw_" and continue in lower snake case'],
    ['salw_declarations', 'counter', [], 'a counter name must end in "_total"'],
    ['salw_queue_depth_total', 'gauge', [], '"_total" is for counters only, not a gauge'],
    ['salw_screening_duration_ms', 'histogram', [], '"ms" is not a base unit; measure in seconds'],
    ['salw_screening_milliseconds', 'histogram', [], '"milliseconds" is not a base unit; measure in seconds'],
    ['salw_payload_kb', 'histogram', [], '"kb" is not a base unit; measure in bytes'],
    ['salw_cpu_percent', 'gauge', [], '"percent" is not a base unit; measure in ratio (0..1)'],
    ['salw_requests_count', 'gauge', [], 'must not end in "_count"'],
    [
      'salw_latency_seconds',
      'summary',
      [],
      'summaries cannot be aggregated across replicas; use a histogram',
    ],
    ['salw_errors_total', 'counter', ['Topic'], 'label "Topic" must be lower snake case'],
    ['salw_errors_total', 'counter', ['service'], 'label "service" is reserved'],
    ['salw_latency_seconds', 'histogram', ['le'], 'label "le" is reserved'],
    ['salw_errors_total', 'counter', ['topic', 'topic'], 'label names must be distinct'],
  ])('refuses %s (%s, labels %j)', (name, kind, labels, message) => {
    expect(() => assertMetricName(name, kind, labels)).toThrow(`metric "${name}" (${kind}): ${message}`);
  });
});
