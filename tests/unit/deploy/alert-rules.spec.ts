import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { exportedSeriesNames } from '../../support/metrics/exported-metric-names';
import { metricNames } from '../../support/metrics/promql-metric-names';

const ROOT = join(__dirname, '..', '..', '..');

interface Rule {
  alert: string;
  expr: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

const rules: Rule[] = (
  load(readFileSync(join(ROOT, 'deploy/prometheus/alert-rules.yml'), 'utf8')) as {
    groups: Array<{ rules: Rule[] }>;
  }
).groups.flatMap((group) => group.rules);
const runbook = readFileSync(join(ROOT, 'docs/runbook.md'), 'utf8');

/** GitHub's anchor for a heading: lower case, spaces to dashes, punctuation dropped. */
function anchors(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      m[1]
        .toLowerCase()
        .replace(/[^a-z0-9 _-]/g, '')
        .replace(/ /g, '-'),
    ),
  );
}

/** The runbook section under `### <alert>`, up to the next heading. */
function section(alert: string): string {
  const start = runbook.indexOf(`\n### ${alert}\n`);
  if (start < 0) return '';
  const next = runbook.slice(start + 1).search(/\n#{2,3} /);
  return next < 0 ? runbook.slice(start) : runbook.slice(start, start + 1 + next);
}

describe('deploy/prometheus/alert-rules.yml', () => {
  it('has the alerts the operations issue asks for', () => {
    expect(rules.map((r) => r.alert)).toEqual(
      expect.arrayContaining([
        'SalwScreeningStalled',
        'SalwScreenerFallingBehind',
        'SalwScreenerLagAboveBound',
        'SalwDeadLetterRateHigh',
        'SalwIntakeServerErrors',
        'SalwBatchesFailing',
        'SalwSnapshotTooOld',
        'SalwSnapshotActivationFailing',
        'SalwSnapshotNotLoaded',
        'SalwScreenerBehindRegistry',
        'SalwTransactionsAborted',
        'SalwOldestNewAlertAgeing',
        'SalwIntakeRejectionsSpiking',
        'SalwScreenerDown',
        'SalwIntakeDown',
        'SalwAlertDeskDown',
        'SalwRegistryDown',
      ]),
    );
  });

  it.each(rules.map((r) => [r.alert, r] as const))(
    '%s has a severity, a summary, a description and a runbook_url to its runbook section',
    (alert, rule) => {
      expect(rule.labels?.severity).toMatch(/^(critical|warning)$/);
      expect(rule.annotations?.summary).toEqual(expect.stringMatching(/\S/));
      expect(rule.annotations?.description).toEqual(expect.stringMatching(/^[\s\S]{40,}$/));
      expect(rule.annotations?.runbook_url).toBe(`docs/runbook.md#${alert.toLowerCase()}`);
      expect(anchors(runbook)).toContain(alert.toLowerCase());
      expect(section(alert)).toMatch(/\*\*Means\*\*/);
      expect(section(alert)).toMatch(/\*\*(Confirm|Confirm \/ Do)\*\*/);
    },
  );

  it('reads only metrics the apps export (or Prometheus adds: up)', async () => {
    const exported = await exportedSeriesNames();
    const unknown = rules.flatMap((rule) =>
      metricNames(rule.expr)
        .filter((name) => !exported.has(name))
        .map((name) => `${rule.alert}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe('docs/runbook.md', () => {
  it('links between its own sections resolve', () => {
    const own = anchors(runbook);
    const broken = [...runbook.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]).filter((a) => !own.has(a));
    expect(broken).toEqual([]);
  });
});
