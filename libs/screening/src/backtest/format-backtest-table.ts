import { SEVERITIES } from '@salw/contracts';
import type { AlertDifference, BacktestReport, SnapshotLabel } from './backtest-report.model';

const pct = (rate: number) => `${(rate * 100).toFixed(2)}%`;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '))
    .join('\n');
}

function label(snapshot: SnapshotLabel): string {
  const lists = Object.entries(snapshot.lists)
    .map(([list, version]) => `${list}@${version}`)
    .join(', ');
  return `profile ${snapshot.profile.id} v${snapshot.profile.version}; lists ${lists || '(none)'}`;
}

function outcomes(difference: AlertDifference): string {
  const parts = Object.entries(difference.outcomes).map(([outcome, n]) => `${outcome} ${n}`);
  return parts.length === 0 ? '' : ` (desk outcomes: ${parts.join(', ')})`;
}

/** The backtest report as the table a person reads; the JSON report carries the same figures. */
export function formatBacktestTable(report: BacktestReport, topIndicators = 15): string {
  const b = report.baseline.figures;
  const c = report.candidate.figures;
  const summary = columns([
    ['', 'baseline', 'candidate', 'delta'],
    ['screened', String(b.screened), String(c.screened), signed(c.screened - b.screened)],
    ['alerts', String(b.alerts), String(c.alerts), signed(c.alerts - b.alerts)],
    ['alert rate', pct(b.alertRate), pct(c.alertRate), ''],
    ...SEVERITIES.filter((s) => s !== 'NONE').map((s) => [
      `  ${s} alert rate`,
      pct(b.alertRateBySeverity[s]),
      pct(c.alertRateBySeverity[s]),
      signed(c.alertsBySeverity[s] - b.alertsBySeverity[s]),
    ]),
  ]);
  const indicators = report.indicators.slice(0, topIndicators);
  const lines = [
    `baseline:  ${label(report.baseline.snapshot)}`,
    `candidate: ${label(report.candidate.snapshot)}`,
    `records read: ${report.records}`,
    '',
    summary,
    '',
    indicators.length === 0
      ? 'no indicator fired'
      : columns([
          ['results per indicator', 'baseline', 'candidate', 'delta'],
          ...indicators.map((i) => [
            `  ${i.indicator}`,
            String(i.baseline),
            String(i.candidate),
            signed(i.delta),
          ]),
        ]),
    '',
    `alerts gained: ${report.alertsGained.count}${outcomes(report.alertsGained)}`,
    `alerts lost:   ${report.alertsLost.count}${outcomes(report.alertsLost)}`,
    `severity changed: ${report.severityChanges.count}${
      report.severityChanges.count === 0
        ? ''
        : ` (${Object.entries(report.severityChanges.byTransition)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')})`
    }`,
    ...report.severityChanges.declarations
      .slice(0, 20)
      .map(
        (d) =>
          `  ${d.declarationId} v${d.version}: ${d.baseline.severity} ${d.baseline.score} -> ${d.candidate.severity} ${d.candidate.score}${d.outcome ? ` [desk: ${d.outcome.outcome}]` : ''}`,
      ),
  ];
  return lines.join('\n');
}
