import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectDefaultMetrics, Registry } from 'prom-client';

const ROOT = join(__dirname, '..', '..', '..');

/** `registry.counter({ name: 'salw_x' ...` or `name: SOME_CONSTANT`, with the metric type. */
const REGISTRATION =
  /\.(counter|gauge|histogram|summary)\(\s*\{\s*name:\s*(?:'(salw_[a-z0-9_]+)'|([A-Z][A-Z0-9_]*))/g;
const CONSTANT = /const ([A-Z][A-Z0-9_]*)\s*=\s*'(salw_[a-z0-9_]+)'/g;

export interface ExportedMetric {
  readonly name: string;
  readonly type: 'counter' | 'gauge' | 'histogram' | 'summary';
  /** Where it is registered, relative to the repository root. */
  readonly file: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|int-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every salw_ metric the apps register through prom-client, read from apps/ and libs/ (specs excluded). */
export function registeredSalwMetrics(): ExportedMetric[] {
  const files = [...sourceFiles(join(ROOT, 'apps')), ...sourceFiles(join(ROOT, 'libs'))];
  const texts = files.map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') }));
  const constants = new Map<string, string>();
  for (const { text } of texts) for (const m of text.matchAll(CONSTANT)) constants.set(m[1], m[2]);
  const metrics = new Map<string, ExportedMetric>();
  for (const { file, text } of texts) {
    for (const m of text.matchAll(REGISTRATION)) {
      const name = m[2] ?? constants.get(m[3]);
      if (name) metrics.set(name, { name, type: m[1] as ExportedMetric['type'], file });
    }
  }
  return [...metrics.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The series names one metric shows under in Prometheus (a histogram's _bucket, _sum and _count). */
export function seriesNames(metric: Pick<ExportedMetric, 'name' | 'type'>): string[] {
  if (metric.type === 'histogram') return ['_bucket', '_sum', '_count'].map((s) => metric.name + s);
  if (metric.type === 'summary') return [metric.name, `${metric.name}_sum`, `${metric.name}_count`];
  return [metric.name];
}

/** prom-client's default process and Node.js metrics, as every app registers them (MetricsRegistry). */
export async function defaultMetricSeriesNames(): Promise<string[]> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics = await registry.getMetricsAsJSON();
  return metrics.flatMap((m) =>
    seriesNames({ name: m.name, type: String(m.type) as ExportedMetric['type'] }),
  );
}

/** Every series name a rule or a dashboard may use: the apps' metrics, the defaults, and Prometheus's `up`. */
export async function exportedSeriesNames(): Promise<Set<string>> {
  const names = new Set<string>(['up']);
  for (const metric of registeredSalwMetrics()) for (const name of seriesNames(metric)) names.add(name);
  for (const name of await defaultMetricSeriesNames()) names.add(name);
  return names;
}
