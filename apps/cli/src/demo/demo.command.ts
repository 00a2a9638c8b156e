/**
 * `npm run demo [-- --once] [--count N] [--rate PER_SECOND] [--un-list FILE]`
 *
 * The product end to end on this machine: brings the local stack up (Kafka, Redis, topics), builds and
 * starts the intake, the screener and the alert desk (with a demo officer account), seeds the default risk profile, a UN list (the file given with
 * --un-list, as downloaded from the UN; otherwise the project's fictional UN-format sample) and the
 * sample national list, then streams generated traffic (a few percent risky) through the intake's HTTP
 * API and Kafka, and watches the committed results and alerts: a live line every second, a summary at
 * the end. Runs until Ctrl-C; with --once it stops after the feed has been screened. On exit it stops
 * the apps it started and the stack components it started, nothing else.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { TOPICS, type Alert, type ScreeningResult } from '@salw/contracts';
import { generateDeclarations } from '@salw/synthetic-traffic';
import { parseArgs, UsageError } from '@salw/config/command-line';
import { ChildService } from './child-service';
import { LatencyWindow } from './latency-window';

const ROOT = join(__dirname, '..', '..', '..', '..');
const RUN_DIR = join(ROOT, 'deploy', 'local', '.run', 'demo');
const USAGE =
  'usage: npm run demo [-- --once] [--count N] [--rate PER_SECOND] [--un-list FILE] [--intake-port P] [--screener-port P]';
const SCREENER_GROUP = 'salw-screener';

interface Options {
  once: boolean;
  count: number;
  rate: number;
  unList: string;
  intakePort: number;
  screenerPort: number;
  deskPort: number;
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number (got "${value}")`);
  return n;
}

function readOptions(argv: readonly string[]): Options {
  const args = parseArgs(
    argv,
    ['count', 'rate', 'un-list', 'intake-port', 'screener-port', 'desk-port'],
    ['once'],
  );
  if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
  const unList = args.options.get('un-list')?.[0] ?? join(ROOT, 'deploy', 'samples', 'un-sample.xml');
  if (!existsSync(unList)) throw new UsageError(`--un-list ${unList} does not exist`);
  return {
    once: args.flags.has('once'),
    count: Math.floor(positive(args.options.get('count')?.[0], 'count', 3_000)),
    rate: positive(args.options.get('rate')?.[0], 'rate', 150),
    unList,
    intakePort: positive(args.options.get('intake-port')?.[0], 'intake-port', 3000),
    screenerPort: positive(args.options.get('screener-port')?.[0], 'screener-port', 3001),
    deskPort: positive(args.options.get('desk-port')?.[0], 'desk-port', 3002),
  };
}

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, input?: string): void {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env,
    input,
    stdio: [input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'],
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function main(argv: readonly string[]): Promise<number> {
  const options = readOptions(argv);
  mkdirSync(RUN_DIR, { recursive: true });
  const startedFile = join(RUN_DIR, 'stack-started');
  rmSync(startedFile, { force: true });

  say('== 1/5 local stack (Kafka KRaft broker from Maven Central jars, Redis, contract topics)');
  run('bash', ['deploy/local/stack.sh', 'up'], { ...process.env, SALW_STACK_STARTED_OUT: startedFile });
  const stackStarted = existsSync(startedFile)
    ? readFileSync(startedFile, 'utf8').split('\n').filter(Boolean)
    : [];

  const services: ChildService[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say(
      '\n== stopping the apps' +
        (stackStarted.length ? ` and what the demo started (${stackStarted.join(', ')})` : ''),
    );
    for (const service of [...services].reverse()) await service.stop();
    if (stackStarted.length > 0)
      spawnSync('bash', ['deploy/local/stack.sh', 'down', ...stackStarted], { cwd: ROOT, stdio: 'inherit' });
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    say('== 2/5 build (tsc) and seed: salw-default profile, UN list, national list');
    run('npm', ['run', '-s', 'build']);
    run('node', [
      'dist/apps/registry/src/cli/registry.cli.js',
      'seed',
      '--watchlist',
      options.unList,
      '--watchlist',
      'deploy/samples/national-watchlist.jsonl',
    ]);

    // Fresh credentials for this run: the apps only ever see their hashes.
    const apiKey = randomBytes(24).toString('base64url');
    const scrapeToken = randomBytes(24).toString('base64url');
    const common = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' };
    const intake = new ChildService({
      name: 'intake',
      command: 'node',
      args: ['dist/apps/intake/src/main.js'],
      cwd: ROOT,
      env: {
        ...common,
        HTTP_PORT: String(options.intakePort),
        INTAKE_API_KEYS: `demo:submitter:${sha256(apiKey)},demo:metrics:${sha256(apiKey)}`,
      },
      logFile: join(RUN_DIR, 'intake.log'),
      readyUrl: `http://127.0.0.1:${options.intakePort}/health/ready`,
    });
    const screener = new ChildService({
      name: 'screener',
      command: 'node',
      args: ['--max-semi-space-size=64', 'dist/apps/screener/src/main.js'],
      cwd: ROOT,
      env: { ...common, HTTP_PORT: String(options.screenerPort), METRICS_TOKEN_SHA256: sha256(scrapeToken) },
      logFile: join(RUN_DIR, 'screener.log'),
      readyUrl: `http://127.0.0.1:${options.screenerPort}/health/ready`,
    });
    // The local stack's Redis runs without AOF fsync-always: fine for a demo, refused in production.
    const desk = new ChildService({
      name: 'alert-desk',
      command: 'node',
      args: ['dist/apps/alert-desk/src/main.js'],
      cwd: ROOT,
      env: {
        ...common,
        HTTP_PORT: String(options.deskPort),
        METRICS_TOKEN_SHA256: sha256(scrapeToken),
        AUTH_COOKIE_SECURE: 'false',
        ALERT_DESK_REQUIRE_FSYNC_ALWAYS: 'false',
      },
      logFile: join(RUN_DIR, 'alert-desk.log'),
      readyUrl: `http://127.0.0.1:${options.deskPort}/health/ready`,
    });
    const officerPassword = randomBytes(12).toString('base64url');
    run(
      'node',
      ['dist/apps/cli/src/account/create-account.command.js', 'demo.officer', 'officer'],
      process.env,
      officerPassword,
    );
    say(
      `== 3/5 starting intake (:${options.intakePort}), screener (:${options.screenerPort}) and alert desk (:${options.deskPort}); logs in deploy/local/.run/demo/`,
    );
    for (const service of [screener, intake, desk]) {
      services.push(service);
      service.start();
    }
    await Promise.all([screener.waitReady(90_000), intake.waitReady(90_000), desk.waitReady(90_000)]);
    writeFileSync(
      join(RUN_DIR, 'credentials.txt'),
      `intake API key (role submitter, metrics): ${apiKey}\nscreener /metrics bearer token: ${scrapeToken}\n` +
        `alert desk console: http://127.0.0.1:${options.deskPort}/ user demo.officer password ${officerPassword}\n`,
      { mode: 0o600 },
    );
    say('   all ready; credentials for curl in deploy/local/.run/demo/credentials.txt');
    say(
      `   alert desk console: http://127.0.0.1:${options.deskPort}/  (user demo.officer, password ${officerPassword})`,
    );

    const outcome = await streamAndWatch(options, apiKey);
    say(outcome.summary);
    if (options.once) {
      await shutdown(outcome.complete ? 0 : 1);
    } else {
      say('\nThe apps keep running (Ctrl-C stops them). Try:');
      say(
        `  curl -s -H "Authorization: Bearer $(sed -n 's/^intake API key[^:]*: //p' deploy/local/.run/demo/credentials.txt)" -H 'content-type: application/json' --data-binary @<(head -1 deploy/samples/declarations.ndjson) http://127.0.0.1:${options.intakePort}/v1/declarations`,
      );
      await new Promise(() => undefined);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    await shutdown(1);
    return 1;
  }
}

interface WatchOutcome {
  complete: boolean;
  summary: string;
}

async function streamAndWatch(options: Options, apiKey: string): Promise<WatchOutcome> {
  const kafka = new Kafka({ clientId: 'salw-demo', brokers: ['127.0.0.1:9092'], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const consumer = kafka.consumer({ groupId: `salw-demo-${Date.now()}`, readUncommitted: false });
  await consumer.connect();
  // From the beginning: results committed before this reader joins its group must still count; older runs' are skipped by key.
  await consumer.subscribe({ topics: [TOPICS.screeningResults, TOPICS.alerts], fromBeginning: true });

  const sentAt = new Map<string, number>();
  const latency = new LatencyWindow();
  const bySeverity = new Map<string, number>();
  const alertsBySeverity = new Map<string, number>();
  const notableAlerts: Alert[] = [];
  let results = 0;
  let alerts = 0;
  let accepted = 0;
  let rejected = 0;
  let lag = 0;
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const key = message.key?.toString() ?? '';
      if (!sentAt.has(key)) return; // results of earlier runs
      const value = JSON.parse(message.value?.toString() ?? '{}') as ScreeningResult;
      if (topic === TOPICS.screeningResults) {
        results++;
        bySeverity.set(value.severity, (bySeverity.get(value.severity) ?? 0) + 1);
        latency.add(Number(message.timestamp) - (sentAt.get(key) ?? Number(message.timestamp)));
      } else {
        alerts++;
        alertsBySeverity.set(value.severity, (alertsBySeverity.get(value.severity) ?? 0) + 1);
        if (notableAlerts.length < 3 && value.hits.length >= 2) notableAlerts.push(value as Alert);
      }
    },
  });

  say(
    `== 4/5 streaming ${options.count} generated declarations at ~${options.rate}/s through POST /v1/declarations/batch`,
  );
  const started = Date.now();
  const feed = generateDeclarations({
    seed: `demo-${started}`,
    count: options.count,
    riskyShare: 0.04,
    startAt: new Date(started).toISOString(),
    ratePerSecond: options.rate,
  });
  const chunk = Math.max(1, Math.round(options.rate / 4));
  let sent = 0;
  let lastLine = 0;
  let previousResults = 0;
  // On a terminal the live line redraws in place; in a log (no TTY) it becomes a line every 5 s.
  const tty = process.stdout.isTTY === true;
  const line = (final = false) => {
    const now = Date.now();
    if (!final && now - lastLine < (tty ? 1_000 : 5_000)) return;
    const rate = ((results - previousResults) * 1000) / Math.max(1, now - lastLine);
    previousResults = results;
    lastLine = now;
    const sev = ['CRITICAL', 'HIGH', 'MEDIUM'].map((s) => `${s[0]}${alertsBySeverity.get(s) ?? 0}`).join(' ');
    const p50 = latency.percentile(50);
    const p99 = latency.percentile(99);
    process.stdout.write(
      `${tty ? '\r\x1b[K' : ''}  sent ${sent}  screened ${results} (${rate.toFixed(0)}/s)  alerts ${alerts} [${sev}]  latency p50 ${p50 ?? '-'} ms p99 ${p99 ?? '-'} ms  lag ${lag}${tty ? '' : '\n'}`,
    );
  };
  const lagTimer = setInterval(() => {
    void (async () => {
      const [end, committed] = await Promise.all([
        admin.fetchTopicOffsets(TOPICS.declarations),
        admin.fetchOffsets({ groupId: SCREENER_GROUP, topics: [TOPICS.declarations] }),
      ]);
      const done = new Map(committed[0]?.partitions.map((p) => [p.partition, Number(p.offset)]) ?? []);
      lag = end.reduce(
        (sum, p) => sum + Math.max(0, Number(p.high) - Math.max(0, done.get(p.partition) ?? 0)),
        0,
      );
    })().catch(() => undefined);
  }, 1_000);
  const ticker = setInterval(() => line(), 250);

  try {
    let batch: string[] = [];
    for (const { declaration } of feed) {
      batch.push(JSON.stringify(declaration));
      sentAt.set(declaration.declarationId, Date.now());
      if (batch.length < chunk) continue;
      const report = await postBatch(options.intakePort, apiKey, batch);
      accepted += report.accepted;
      rejected += report.rejected;
      sent += batch.length;
      batch = [];
      const due = started + (sent / options.rate) * 1000;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    }
    if (batch.length) {
      const report = await postBatch(options.intakePort, apiKey, batch);
      accepted += report.accepted;
      rejected += report.rejected;
      sent += batch.length;
    }
    say(
      `\n== 5/5 feed sent (${accepted} accepted, ${rejected} refused by the intake); waiting for the last results`,
    );
    const deadline = Date.now() + 120_000;
    while (results < accepted && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 250));
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // alerts commit with their results; give the reader a moment
    line(true);
  } finally {
    clearInterval(ticker);
    clearInterval(lagTimer);
    await consumer.disconnect();
    await admin.disconnect();
  }
  const seconds = (Date.now() - started) / 1000;
  const severityRow = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']
    .map((s) => `${s} ${bySeverity.get(s) ?? 0}`)
    .join(', ');
  const examples = notableAlerts.map(
    (a) =>
      `  ${a.declarationId} v${a.version}: ${a.severity} (score ${a.score}, priority ${a.priority})\n${a.hits.map((h) => `    - ${h.indicator} +${h.points}: ${h.reason}`).join('\n')}`,
  );
  const complete = results >= accepted;
  return {
    complete,
    summary: [
      '',
      '== summary',
      `  declarations sent       ${sent} (${accepted} accepted by the intake, ${rejected} refused)`,
      `  screening results       ${results}${complete ? '' : `  (INCOMPLETE: ${accepted - results} missing after 120 s)`}`,
      `  by severity             ${severityRow}`,
      `  alerts                  ${alerts}`,
      `  end-to-end latency      p50 ${latency.percentile(50, 'all') ?? '-'} ms, p99 ${latency.percentile(99, 'all') ?? '-'} ms (HTTP post to committed result)`,
      `  throughput              ${(results / seconds).toFixed(0)} declarations/s over ${seconds.toFixed(1)} s`,
      ...(examples.length ? ['  examples of alerts an officer would open:', ...examples] : []),
    ].join('\n'),
  };
}

async function postBatch(
  port: number,
  apiKey: string,
  lines: string[],
): Promise<{ accepted: number; rejected: number }> {
  const response = await fetch(`http://127.0.0.1:${port}/v1/declarations/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/x-ndjson' },
    body: `${lines.join('\n')}\n`,
  });
  if (response.status !== 200)
    throw new Error(`intake answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  const report = (await response.json()) as { accepted: number; rejected: number };
  return { accepted: report.accepted, rejected: report.rejected };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`demo: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
