import { renderMarkdown, summarise, type BenchRun } from '../../bench/aggregate/bench-summary';
import { judgeReport, numericFigures } from '../../bench/aggregate/bench-targets';

const machine = { cores: 2, cpuModel: 'Test CPU', memoryBytes: 24 * 1024 ** 3, loadAverage: [1, 2, 3] };
const versions = { node: 'v20.20.2', kafka: '4.1.2', redis: '7.0.15', commit: 'abc1234' };

function run(over: Partial<BenchRun>): BenchRun {
  return {
    script: 'bench:x',
    exitCode: 0,
    timedOut: false,
    seconds: 12,
    reports: {},
    logFile: 'reports/bench-logs/bench-x.log',
    outputTail: '',
    ...over,
  };
}

describe('judging the issue targets on a bench report', () => {
  it('judges the alert desk figures against issue 13 (projection, page, detail, SSE)', () => {
    const checks = judgeReport('alert-desk', {
      figures: {
        projection: { alertsPerSecond: 2500 },
        queuePage: { p99Ms: 61.2 },
        detail: { p99Ms: 3.1 },
        sse: { maxMs: 240 },
      },
    });
    expect(checks.map((c) => [c.figure, c.met])).toEqual([
      ['2500 alerts/s', true],
      ['61.2 ms', false],
      ['3.1 ms', true],
      ['240 ms (slowest client)', true],
    ]);
  });

  it("reads a bench's own verdict, keeping 'not measured' apart from a miss", () => {
    const checks = judgeReport('risk-engine-evaluate', {
      figures: {
        targets: { lookupP99Micros: 100 },
        verdict: { lookupP99At100k: true, rssAt1M: 'not measured', buildAt100k: false },
      },
    });
    expect(checks.map((c) => [c.target, c.met])).toEqual([
      ['lookupP99At100k', true],
      ['rssAt1M', undefined],
      ['buildAt100k', false],
    ]);
  });

  it("reads a bench's top-level meets… flag with its target", () => {
    expect(
      judgeReport('validate', {
        figures: { validationsPerSecond: 162697, target: 100000, meetsTarget: true },
      }),
    ).toEqual([{ target: 'meetsTarget', figure: 'target 100000', met: true }]);
  });

  it('lists numeric figures by path', () => {
    expect(numericFigures({ a: 1, b: { c: [2, { d: 3 }] }, e: 'text' })).toEqual([
      ['a', 1],
      ['b.c[0]', 2],
      ['b.c[1].d', 3],
    ]);
  });
});

describe('the bench summary', () => {
  const summary = summarise('2026-12-07T00:00:00Z', machine, versions, [
    run({
      script: 'bench:alert-desk',
      reports: { 'bench-alert-desk': { figures: { detail: { p99Ms: 2 } } } },
    }),
    run({ script: 'bench:pipeline', exitCode: 1, outputTail: 'Error: broker gone' }),
    run({
      script: 'bench:engine',
      timedOut: true,
      exitCode: null,
      reports: { 'bench-risk-engine-evaluate': {} },
    }),
  ]);

  it('records a bench that failed, timed out or wrote no report as failed, and the others as passed', () => {
    expect(summary.runs.map((r) => [r.script, r.status])).toEqual([
      ['bench:alert-desk', 'passed'],
      ['bench:pipeline', 'failed'],
      ['bench:engine', 'failed'],
    ]);
  });

  it('writes the machine, the versions, each bench with its targets and a failed one with its output', () => {
    const md = renderMarkdown(summary);
    expect(md).toContain('| cores | 2 |');
    expect(md).toContain('| CPU | Test CPU |');
    expect(md).toContain('| memory | 24.0 GiB |');
    expect(md).toContain('| Kafka | 4.1.2 |');
    expect(md).toContain('| Redis | 7.0.15 |');
    expect(md).toContain('| bench:pipeline | failed (exit 1) | 12 | no target set |');
    expect(md).toContain('| bench:engine | failed (timed out) |');
    expect(md).toContain('Error: broker gone');
    expect(md).toMatch(/bench-alert-desk: alert detail p99 <= 20 ms \(issue 13\) \| 2 ms \| met \|/);
    expect(md).toMatch(
      /bench-alert-desk: projection >= 2,000 alerts\/s \(issue 13\) \| not measured \| not measured \|/,
    );
  });
});
