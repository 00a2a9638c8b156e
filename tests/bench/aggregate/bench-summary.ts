import { numericFigures, judgeReport, type TargetCheck } from './bench-targets';

export interface Machine {
  readonly cores: number;
  readonly cpuModel: string;
  readonly memoryBytes: number;
  readonly loadAverage: readonly number[];
}

export interface Versions {
  readonly node: string;
  readonly kafka: string;
  readonly redis: string;
  readonly commit: string;
}

export interface BenchRun {
  /** The package.json script, e.g. `bench:engine`. */
  readonly script: string;
  readonly exitCode: number | null;
  /** Set when it was stopped for running too long. */
  readonly timedOut: boolean;
  readonly seconds: number;
  /** JSON reports under reports/ that this run wrote, by base name, parsed. */
  readonly reports: Readonly<Record<string, unknown>>;
  readonly logFile: string;
  readonly outputTail: string;
}

export interface BenchSummary {
  readonly at: string;
  readonly machine: Machine;
  readonly versions: Versions;
  readonly runs: ReadonlyArray<
    BenchRun & {
      readonly status: 'passed' | 'failed';
      readonly targets: readonly TargetCheck[];
      readonly figures: Readonly<Record<string, ReadonlyArray<[string, number]>>>;
    }
  >;
}

/** Judges each run: failed when it exited non-zero, timed out, or wrote no report. */
export function summarise(
  at: string,
  machine: Machine,
  versions: Versions,
  runs: readonly BenchRun[],
): BenchSummary {
  return {
    at,
    machine,
    versions,
    runs: runs.map((run) => {
      const status =
        run.exitCode === 0 && !run.timedOut && Object.keys(run.reports).length > 0 ? 'passed' : 'failed';
      const targets = Object.entries(run.reports).flatMap(([name, report]) =>
        judgeReport(name.replace(/^bench-/, ''), report).map((t) => ({
          ...t,
          target: `${name}: ${t.target}`,
        })),
      );
      const figures = Object.fromEntries(
        Object.entries(run.reports).map(([name, report]) => [
          name,
          numericFigures((report as { figures?: unknown })?.figures ?? report),
        ]),
      );
      return { ...run, status, targets, figures };
    }),
  };
}

const GIB = 1024 ** 3;
const mark = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : 'NOT met');

/** The human report: machine, versions, one section per bench with its targets and figures. */
export function renderMarkdown(summary: BenchSummary): string {
  const lines = [
    '# Benchmarks',
    '',
    `Run ${summary.at} by \`npm run bench\` (every \`bench:*\` script of package.json, one after another).`,
    '',
    '| machine | |',
    '| --- | --- |',
    `| cores | ${summary.machine.cores} |`,
    `| CPU | ${summary.machine.cpuModel} |`,
    `| memory | ${(summary.machine.memoryBytes / GIB).toFixed(1)} GiB |`,
    `| load average before | ${summary.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')} |`,
    `| node | ${summary.versions.node} |`,
    `| Kafka | ${summary.versions.kafka} |`,
    `| Redis | ${summary.versions.redis} |`,
    `| commit | ${summary.versions.commit} |`,
    '',
    '| bench | status | seconds | targets met |',
    '| --- | --- | --- | --- |',
    ...summary.runs.map((r) => {
      const judged = r.targets.filter((t) => t.met !== undefined);
      return `| ${r.script} | ${r.status}${r.timedOut ? ' (timed out)' : r.exitCode !== 0 ? ` (exit ${r.exitCode})` : ''} | ${r.seconds.toFixed(0)} | ${judged.length ? `${judged.filter((t) => t.met).length}/${judged.length}` : 'no target set'} |`;
    }),
  ];
  for (const run of summary.runs) {
    lines.push('', `## ${run.script}: ${run.status}`, '', `Log: \`${run.logFile}\``);
    if (run.status === 'failed') lines.push('', '```', run.outputTail.trimEnd(), '```');
    if (run.targets.length) {
      lines.push('', '| target | figure | |', '| --- | --- | --- |');
      for (const t of run.targets) lines.push(`| ${t.target} | ${t.figure} | ${mark(t.met)} |`);
    }
    for (const [name, figures] of Object.entries(run.figures)) {
      lines.push('', `Figures of \`reports/${name}.json\`${figures.length >= 60 ? ' (first 60)' : ''}:`, '');
      for (const [path, value] of figures) lines.push(`- ${path} = ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
