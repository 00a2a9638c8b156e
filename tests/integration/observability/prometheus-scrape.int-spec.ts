import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { generateDeclarations } from '@salw/synthetic-traffic';
import { dashboardExpressions } from '../../support/metrics/dashboard-expressions';
import { exportedSeriesNames } from '../../support/metrics/exported-metric-names';
import { grafanaToPromQL, metricNames } from '../../support/metrics/promql-metric-names';
import { freePort } from '../screener/support/free-port';
import { REPO_ROOT, ScreenerTestBed } from '../screener/support/screener-test-bed';
import { AppProcess } from './support/app-process';
import { PrometheusProcess, type VectorSample } from './support/prometheus-process';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';

/**
 * The monitoring as an operator gets it: Debian's Prometheus scrapes a live intake, screener and alert
 * desk (own topics, Redis prefix and groups) with bearer tokens from files and the project's alert
 * rules loaded; a short stream goes through; the HTTP API must then show the key series with the
 * values that stream implies, every rule must evaluate without error, and every rule and dashboard
 * expression must parse and read only metrics the apps register.
 */
jest.setTimeout(300_000);

const RULES_FILE = join(REPO_ROOT, 'deploy/prometheus/alert-rules.yml');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const ACCEPTED = 60;

const ruleExpressions = (
  load(readFileSync(RULES_FILE, 'utf8')) as {
    groups: Array<{ rules: Array<{ alert: string; expr: string }> }>;
  }
).groups.flatMap((g) => g.rules.map((r) => ({ alert: r.alert, expr: r.expr })));

describe('Prometheus scraping the running apps', () => {
  let bed: ScreenerTestBed;
  let prometheus: PrometheusProcess | undefined;
  const apps: AppProcess[] = [];
  let rejectedAtIntake = 0;

  const value = async (expr: string): Promise<number | undefined> => {
    const answer = await prometheus!.query(expr);
    if (answer.status !== 'success') throw new Error(`${expr}: ${answer.error}`);
    const first = answer.data.result[0] as VectorSample | undefined;
    return first ? Number(first.value[1]) : undefined;
  };
  const eventually = async (what: string, check: () => Promise<boolean>, timeoutMs = 90_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check().catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    throw new Error(`timed out waiting for ${what}\n${apps.map((a) => a.tail(15)).join('\n')}`);
  };

  beforeAll(async () => {
    bed = await ScreenerTestBed.create('prom-scrape');
    await bed.seed();
    const apiKey = randomBytes(18).toString('base64url');
    const scrapeToken = randomBytes(18).toString('base64url');
    const screener = await bed.startScreener({
      METRICS_TOKEN_SHA256: sha256(scrapeToken),
      LOG_LEVEL: 'warn',
    });
    const intake = AppProcess.spawn({
      entry: 'apps/intake/src/main.ts',
      name: 'intake',
      repoRoot: REPO_ROOT,
      env: bed.env({
        LOG_LEVEL: 'warn',
        INTAKE_API_KEYS: `it-sender:submitter:${sha256(apiKey)},it-prometheus:metrics:${sha256(scrapeToken)}`,
      }),
      httpPort: await freePort(),
      logFile: join(bed.dir, 'intake.log'),
    });
    const desk = AppProcess.spawn({
      entry: 'apps/alert-desk/src/main.ts',
      name: 'alert-desk',
      repoRoot: REPO_ROOT,
      env: bed.env({
        LOG_LEVEL: 'warn',
        // Under the bed's prefix, so its cleanup removes the desk's keys too.
        REDIS_KEY_PREFIX: `${bed.redisKeyPrefix}desk:`,
        ALERT_DESK_GROUP_ID: `${bed.groupId}-desk`,
        ALERT_DESK_TRANSACTIONAL_ID_PREFIX: `${bed.transactionalIdPrefix}-desk`,
        // The machine's Redis keeps nothing on disk; the desk refuses that in production.
        ALERT_DESK_REQUIRE_FSYNC_ALWAYS: 'false',
        AUTH_COOKIE_SECURE: 'false',
        METRICS_TOKEN_SHA256: sha256(scrapeToken),
      }),
      httpPort: await freePort(),
      logFile: join(bed.dir, 'alert-desk.log'),
    });
    apps.push(intake, desk);
    await Promise.all([intake.waitReady(), desk.waitReady()]);

    prometheus = PrometheusProcess.start({
      dir: join(bed.dir, 'prometheus'),
      port: await freePort(),
      ruleFiles: [RULES_FILE],
      targets: [
        { job: 'salw-intake', port: intake.options.httpPort, token: scrapeToken },
        { job: 'salw-screener', port: screener.options.httpPort, token: scrapeToken },
        { job: 'salw-alert-desk', port: desk.options.httpPort, token: scrapeToken },
      ],
    });
    await prometheus.waitReady();

    // The short stream: 60 generated declarations (a fifth risky) and 2 malformed lines over HTTP,
    // then 2 records the intake never saw, straight onto the topic, for the screener to dead-letter.
    const lines = [...generateDeclarations({ seed: `prom-${bed.id}`, count: ACCEPTED, riskyShare: 0.2 })].map(
      ({ declaration }) => JSON.stringify(declaration),
    );
    lines.splice(10, 0, '{"not": "a declaration"}', '{broken json');
    const response = await fetch(`${intake.url}/v1/declarations/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/x-ndjson' },
      body: `${lines.join('\n')}\n`,
    });
    const report = (await response.json()) as { accepted: number; rejected: number };
    expect({ status: response.status, accepted: report.accepted }).toEqual({
      status: 200,
      accepted: ACCEPTED,
    });
    rejectedAtIntake = report.rejected;
    await bed.produce([
      { key: 'it-prom-bad-1', value: '{"schemaVersion": 1' },
      { key: 'it-prom-bad-2', value: JSON.stringify({ schemaVersion: 1, declarationId: 'x' }) },
    ]);
  });

  afterAll(async () => {
    await prometheus?.stop();
    await Promise.all(apps.map((app) => app.stop()));
    await bed?.close();
  });

  it('scrapes all three apps with their bearer tokens (up == 1)', async () => {
    await eventually('every job up', async () => (await value('count(up == 1)')) === 3);
    const up = await prometheus!.query('up');
    expect(up.data.result.map((s) => [s.metric.job, s.value[1]]).sort()).toEqual([
      ['salw-alert-desk', '1'],
      ['salw-intake', '1'],
      ['salw-screener', '1'],
    ]);
  });

  it('counts what the intake took in and refused', async () => {
    await eventually(
      'intake counts',
      async () => (await value('sum(salw_intake_declarations_total{outcome="accepted"})')) === ACCEPTED,
    );
    expect(rejectedAtIntake).toBe(2);
    expect(await value('sum(salw_intake_declarations_total{outcome="rejected"})')).toBe(2);
    expect(await value('sum(salw_intake_requests_total{route="/v1/declarations/batch",status="200"})')).toBe(
      1,
    );
  });

  it('shows every accepted declaration screened, with latency, no lag left and the bad records dead-lettered', async () => {
    await eventually(
      'results of every accepted declaration',
      async () => (await value('sum(salw_screener_results_total)')) === ACCEPTED,
    );
    await eventually(
      'the dead letters',
      async () => (await value('sum(salw_screener_dead_letters_total)')) === 2,
    );
    expect(await value('sum(salw_screener_end_to_end_latency_seconds_count{from="produce"})')).toBe(ACCEPTED);
    const p99 = await value(
      'histogram_quantile(0.99, sum by (le) (salw_screener_end_to_end_latency_seconds_bucket{from="produce"}))',
    );
    expect(p99).toBeGreaterThan(0);
    expect(p99).toBeLessThan(120);
    await eventually(
      'lag back to 0',
      async () => (await value('sum(min by (partition) (salw_screener_consumer_lag_records))')) === 0,
    );
    expect(await value('sum(salw_screener_records_consumed_total)')).toBe(ACCEPTED + 2);
    expect(await value('min(salw_screener_consuming)')).toBe(1);
  });

  it('shows the snapshot in use: an activation, a fresh age, watchlist entries', async () => {
    expect(await value('min(salw_screener_snapshot_activation)')).toBeGreaterThanOrEqual(1);
    const age = await value('max(salw_screener_snapshot_age_seconds)');
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(3_600);
    expect(await value('sum(salw_screener_snapshot_entries)')).toBeGreaterThan(0);
  });

  it('shows the alerts the screener raised arriving at the desk and waiting there as NEW', async () => {
    await eventually('the desk to count the screener alerts', async () => {
      const raised = await value('sum(salw_screener_alerts_total)');
      return (
        raised !== undefined &&
        raised > 0 &&
        (await value('sum(salw_alert_desk_alerts_received_total)')) === raised
      );
    });
    const raised = await value('sum(salw_screener_alerts_total)');
    await eventually(
      'the backlog gauge',
      async () => (await value('sum(salw_alert_desk_open_alerts{status="NEW"})')) === raised,
    );
    // The desk sets the age inside the backlog gauge's async collect, and prom-client reads every
    // metric concurrently: the age a scrape shows is the previous scrape's (1 s old here).
    await eventually('the oldest NEW alert age', async () => {
      const age = await value('max(salw_alert_desk_oldest_new_alert_age_seconds)');
      return age !== undefined && age > 0 && age < 600;
    });
  });

  it('has process metrics from every app', async () => {
    const memory = await prometheus!.query('process_resident_memory_bytes');
    expect(memory.data.result.map((s) => s.metric.job).sort()).toEqual([
      'salw-alert-desk',
      'salw-intake',
      'salw-screener',
    ]);
    for (const sample of memory.data.result)
      expect(Number(sample.value[1])).toBeGreaterThan(20 * 1024 * 1024);
  });

  it('evaluates every alert rule without error', async () => {
    await eventually('a rule evaluation', async () => {
      const rules = await prometheus!.api<{ groups: Array<{ rules: Array<{ lastEvaluation: string }> }> }>(
        'rules',
      );
      return rules.data.groups.every((g) => g.rules.every((r) => !r.lastEvaluation.startsWith('0001')));
    });
    const rules = await prometheus!.api<{
      groups: Array<{ rules: Array<{ name: string; health: string; lastError?: string }> }>;
    }>('rules');
    const unhealthy = rules.data.groups
      .flatMap((g) => g.rules)
      .filter((r) => r.health !== 'ok')
      .map((r) => `${r.name}: ${r.health} ${r.lastError ?? ''}`);
    expect(unhealthy).toEqual([]);
    expect(rules.data.groups.flatMap((g) => g.rules)).toHaveLength(ruleExpressions.length);
  });

  it('parses every rule and dashboard expression, and each reads only metrics the apps export', async () => {
    const exported = await exportedSeriesNames();
    const expressions = [
      ...ruleExpressions.map((r) => ({ where: `rule ${r.alert}`, expr: r.expr })),
      ...dashboardExpressions().map((e) => ({
        where: `${e.dashboard} / ${e.panel}`,
        expr: e.expr.replace(/\$__range\b/g, '1h'),
      })),
    ];
    const problems: string[] = [];
    for (const { where, expr } of expressions) {
      const answer = await prometheus!.query(grafanaToPromQL(expr));
      if (answer.status !== 'success') problems.push(`${where}: ${answer.error}`);
      for (const name of metricNames(expr))
        if (!exported.has(name)) problems.push(`${where}: unknown ${name}`);
    }
    expect(problems).toEqual([]);
    // The source-derived list is not wishful: the scrape really carries the apps' key series.
    const scraped = new Set((await prometheus!.api<string[]>('label/__name__/values')).data);
    const key = [
      'salw_intake_declarations_total',
      'salw_screener_results_total',
      'salw_screener_consumer_lag_records',
      'salw_screener_dead_letters_total',
      'salw_screener_snapshot_activation',
      'salw_screener_end_to_end_latency_seconds_bucket',
      'salw_alert_desk_open_alerts',
      'salw_alert_desk_oldest_new_alert_age_seconds',
    ];
    expect(key.filter((name) => !scraped.has(name))).toEqual([]);
    expect([...scraped].filter((name) => name.startsWith('salw_') && !exported.has(name))).toEqual([]);
  });
});
