export type MetricKind = 'counter' | 'gauge' | 'histogram' | 'summary';

export class MetricNameError extends Error {
  override readonly name = 'MetricNameError';
}

const NAME = /^salw_[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const LABEL = /^[a-z][a-z0-9_]*$/;
/** Units Prometheus wants expressed in base units instead, with the base unit to use. */
const NON_BASE_UNITS: Readonly<Record<string, string>> = {
  ns: 'seconds',
  nanoseconds: 'seconds',
  us: 'seconds',
  microseconds: 'seconds',
  ms: 'seconds',
  millis: 'seconds',
  milliseconds: 'seconds',
  minutes: 'seconds',
  hours: 'seconds',
  days: 'seconds',
  kb: 'bytes',
  kib: 'bytes',
  kilobytes: 'bytes',
  mb: 'bytes',
  mib: 'bytes',
  megabytes: 'bytes',
  gb: 'bytes',
  gib: 'bytes',
  gigabytes: 'bytes',
  percent: 'ratio (0..1)',
};
/** Series suffixes a histogram generates itself; a metric named so would be ambiguous. */
const RESERVED_SUFFIXES = ['_bucket', '_count', '_sum'];
const RESERVED_LABELS = new Set(['le', 'quantile', 'service']);

/**
 * Enforces the project's metric naming (docs/architecture.md, Conventions): `salw_` prefix, lower snake case, base units
 * (`_seconds`, `_bytes`), `_total` on counters and only there, histograms rather than summaries,
 * and label names that do not clash with Prometheus' own or the registry's `service` label.
 */
export function assertMetricName(name: string, kind: MetricKind, labelNames: readonly string[] = []): void {
  const problem = metricNameProblem(name, kind, labelNames);
  if (problem) throw new MetricNameError(`metric "${name}" (${kind}): ${problem}`);
}

function metricNameProblem(
  name: string,
  kind: MetricKind,
  labelNames: readonly string[],
): string | undefined {
  if (kind === 'summary') {
    return 'summaries cannot be aggregated across replicas; use a histogram';
  }
  if (!NAME.test(name)) {
    return 'must start with "salw_" and continue in lower snake case (a-z, 0-9, single "_")';
  }
  const words = name.split('_');
  for (const word of words) {
    const base = NON_BASE_UNITS[word];
    if (base) return `"${word}" is not a base unit; measure in ${base}`;
  }
  const suffix = RESERVED_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `must not end in "${suffix}", which Prometheus uses for histogram series`;
  if (kind === 'counter' && !name.endsWith('_total')) return 'a counter name must end in "_total"';
  if (kind !== 'counter' && name.endsWith('_total')) return `"_total" is for counters only, not a ${kind}`;
  for (const label of labelNames) {
    if (!LABEL.test(label)) return `label "${label}" must be lower snake case starting with a letter`;
    if (RESERVED_LABELS.has(label)) return `label "${label}" is reserved`;
  }
  if (new Set(labelNames).size !== labelNames.length) return 'label names must be distinct';
  return undefined;
}
