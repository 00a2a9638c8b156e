/**
 * The targets the issues set, judged on each bench's JSON report. Benches that compute their own
 * verdict (engine, name matching, pipeline) are read as they judged; the alert desk's report carries
 * figures only, so its four targets (issue 13) are judged here. Pure: no I/O.
 */
export interface TargetCheck {
  readonly target: string;
  readonly figure: string;
  /** true / false, or undefined when the bench did not measure it (a size it skipped, a failed run). */
  readonly met: boolean | undefined;
}

type Json = Record<string, unknown>;

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const at = (object: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((o, key) => (o && typeof o === 'object' ? (o as Json)[key] : undefined), object);

function bound(
  target: string,
  value: number | undefined,
  unit: string,
  ok: (v: number) => boolean,
): TargetCheck {
  return {
    target,
    figure: value === undefined ? 'not measured' : `${value} ${unit}`,
    met: value === undefined ? undefined : ok(value),
  };
}

function alertDeskTargets(figures: unknown): TargetCheck[] {
  return [
    bound(
      'projection >= 2,000 alerts/s (issue 13)',
      num(at(figures, 'projection', 'alertsPerSecond')),
      'alerts/s',
      (v) => v >= 2_000,
    ),
    bound(
      'queue page p99 <= 50 ms at 100,000 open alerts (issue 13)',
      num(at(figures, 'queuePage', 'p99Ms')),
      'ms',
      (v) => v <= 50,
    ),
    bound('alert detail p99 <= 20 ms (issue 13)', num(at(figures, 'detail', 'p99Ms')), 'ms', (v) => v <= 20),
    bound(
      '200 SSE clients each get a new alert within 1 s (issue 13)',
      num(at(figures, 'sse', 'maxMs')),
      'ms (slowest client)',
      (v) => v <= 1_000,
    ),
  ];
}

/** A bench's own `verdict` object: each boolean entry is a target it judged; others are figures. */
function ownVerdict(figures: unknown): TargetCheck[] {
  const verdict = at(figures, 'verdict');
  if (!verdict || typeof verdict !== 'object') return [];
  const targets = at(figures, 'targets');
  const checks: TargetCheck[] = [];
  for (const [name, value] of Object.entries(verdict as Json)) {
    if (typeof value === 'boolean' || value === 'not measured' || value === undefined) {
      checks.push({
        target: name,
        figure: targets ? `targets ${JSON.stringify(targets)}` : 'as judged by the bench',
        met: typeof value === 'boolean' ? value : undefined,
      });
    }
  }
  return checks;
}

/** Top-level `meets…` booleans (bench:validate's meetsTarget), with the `target` figure beside them. */
function topLevelMeets(figures: unknown): TargetCheck[] {
  if (!figures || typeof figures !== 'object') return [];
  const target = (figures as Json).target;
  return Object.entries(figures as Json)
    .filter(([name, value]) => name.startsWith('meets') && typeof value === 'boolean')
    .map(([name, value]) => ({
      target: name,
      figure: target === undefined ? 'as judged by the bench' : `target ${JSON.stringify(target)}`,
      met: value as boolean,
    }));
}

/** Targets of one report (`report.name` as written by writeBenchReport, or the file's base name). */
export function judgeReport(name: string, report: unknown): TargetCheck[] {
  const figures = at(report, 'figures') ?? report;
  if (name === 'alert-desk') return alertDeskTargets(figures);
  return [...ownVerdict(figures), ...topLevelMeets(figures)];
}

/** Every numeric leaf of a report's figures as `path = value`, at most `limit` of them, in order. */
export function numericFigures(value: unknown, limit = 60, path = ''): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const walk = (v: unknown, p: string) => {
    if (out.length >= limit) return;
    if (typeof v === 'number') out.push([p, v]);
    else if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${p}[${i}]`));
    else if (v && typeof v === 'object')
      for (const [key, item] of Object.entries(v as Json)) walk(item, p ? `${p}.${key}` : key);
  };
  walk(value, path);
  return out;
}
