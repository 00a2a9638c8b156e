import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dashboardExpressions } from '../../support/metrics/dashboard-expressions';
import { exportedSeriesNames } from '../../support/metrics/exported-metric-names';
import { metricNames, grafanaToPromQL } from '../../support/metrics/promql-metric-names';
import { promtoolParseErrors } from '../../support/metrics/promtool-parse';

const expressions = dashboardExpressions();

describe('deploy/grafana/dashboards', () => {
  it('provides the pipeline, screening quality and alert desk dashboards', () => {
    expect(readdirSync(join(__dirname, '../../../deploy/grafana/dashboards')).sort()).toEqual([
      'alert-desk.dashboard.json',
      'pipeline.dashboard.json',
      'screening-quality.dashboard.json',
    ]);
  });

  it('has panel expressions in every dashboard', () => {
    const perDashboard = new Map<string, number>();
    for (const e of expressions) perDashboard.set(e.dashboard, (perDashboard.get(e.dashboard) ?? 0) + 1);
    expect([...perDashboard.values()].every((n) => n >= 5)).toBe(true);
    expect(perDashboard.size).toBe(3);
  });

  it('every panel expression parses as PromQL (promtool, with Grafana variables as plain values)', () => {
    expect(promtoolParseErrors(expressions.map((e) => grafanaToPromQL(e.expr)))).toEqual([]);
  });

  it('every panel expression reads only metrics the apps register (or up)', async () => {
    const exported = await exportedSeriesNames();
    const unknown = expressions.flatMap((e) =>
      metricNames(e.expr)
        .filter((name) => !exported.has(name))
        .map((name) => `${e.dashboard} / ${e.panel}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('the screening dashboards show what the operations issue asks for', () => {
    const text = (dashboard: string) =>
      expressions
        .filter((e) => e.dashboard === dashboard)
        .map((e) => e.expr)
        .join('\n');
    expect(text('pipeline.dashboard.json')).toEqual(
      expect.stringMatching(
        /salw_screener_end_to_end_latency_seconds_bucket[\s\S]*consumer_lag_records[\s\S]*dead_letters_total[\s\S]*snapshot_activation/,
      ),
    );
    expect(text('screening-quality.dashboard.json')).toMatch(
      /alerts_total[\s\S]*indicator_hits_total[\s\S]*outcomes_total/,
    );
    expect(text('alert-desk.dashboard.json')).toMatch(
      /open_alerts[\s\S]*oldest_new_alert_age_seconds[\s\S]*time_to_claim_seconds[\s\S]*time_to_close_seconds/,
    );
  });
});
