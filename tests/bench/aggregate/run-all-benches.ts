/**
 * `npm run bench [-- --only engine,alert-desk]`: runs every `bench:*` script of package.json one after
 * another (they share 2 cores; never in parallel), tolerating a bench that fails (recorded as failed
 * with the tail of its output), and writes reports/bench.json and reports/bench.md: the machine, the
 * versions (node, Kafka, Redis, commit), each bench's figures, and each target the issues set, met or
 * not. Each bench's own output goes to reports/bench-logs/<script>.log. The local stack is brought up
 * first if a component is missing, and what this run started is stopped at the end.
 * BENCH_TIMEOUT_MINUTES (default 40) stops a bench that hangs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { renderMarkdown, summarise, type BenchRun, type Versions } from './bench-summary';

const ROOT = join(__dirname, '..', '..', '..');
const REPORTS = join(ROOT, 'reports');
const LOGS = join(REPORTS, 'bench-logs');
const OWN = new Set(['bench.json']);

function benchScripts(only: readonly string[]): string[] {
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const all = Object.keys(scripts)
    .filter((name) => name.startsWith('bench:'))
    .sort();
  if (only.length === 0) return all;
  const unknown = only.filter((o) => !all.includes(`bench:${o}`));
  if (unknown.length) throw new Error(`no script bench:${unknown.join(', bench:')} (have ${all.join(', ')})`);
  return all.filter((name) => only.includes(name.slice('bench:'.length)));
}

function reportTimes(): Map<string, number> {
  if (!existsSync(REPORTS)) return new Map();
  return new Map(
    readdirSync(REPORTS)
      .filter((f) => f.endsWith('.json') && !OWN.has(f))
      .map((f) => [f, statSync(join(REPORTS, f)).mtimeMs]),
  );
}

function versions(): Versions {
  const pom = readFileSync(join(ROOT, 'deploy/local/kafka/pom.xml'), 'utf8');
  const kafka = /<kafka\.version>([^<]+)</.exec(pom)?.[1];
  const info = spawnSync(
    'redis-cli',
    ['-u', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'INFO', 'server'],
    {
      encoding: 'utf8',
    },
  );
  const redis = /redis_version:(\S+)/.exec(info.stdout ?? '')?.[1];
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout?.trim();
  return {
    node: process.version,
    kafka: kafka ? `${kafka} (local stack, KRaft single node)` : 'unknown',
    redis: redis ?? 'unknown (redis-cli INFO failed)',
    commit: commit || 'unknown',
  };
}

function runOne(script: string, timeoutMs: number): Promise<BenchRun> {
  const before = reportTimes();
  const logFile = join(LOGS, `${script.replace(':', '-')}.log`);
  const started = Date.now();
  writeFileSync(logFile, '');
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (chunk: Buffer) => {
      writeFileSync(logFile, chunk, { flag: 'a' });
      tail = (tail + chunk.toString('utf8')).slice(-4_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // gone already
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill('SIGTERM');
      setTimeout(() => kill('SIGKILL'), 15_000).unref();
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const reports: Record<string, unknown> = {};
      for (const [file, mtime] of reportTimes()) {
        if ((before.get(file) ?? 0) >= mtime) continue;
        try {
          reports[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(REPORTS, file), 'utf8'));
        } catch (error) {
          reports[file.replace(/\.json$/, '')] = { unreadable: String(error) };
        }
      }
      resolve({
        script,
        exitCode: code,
        timedOut,
        seconds: (Date.now() - started) / 1000,
        reports,
        logFile: logFile.slice(ROOT.length + 1),
        outputTail: tail.split('\n').slice(-25).join('\n'),
      });
    });
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? (argv[onlyIndex + 1] ?? '').split(',').filter(Boolean) : [];
  const scripts = benchScripts(only);
  mkdirSync(LOGS, { recursive: true });
  const machine = {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    loadAverage: loadavg(),
  };

  const startedFile = join(LOGS, '.stack-started');
  rmSync(startedFile, { force: true });
  const stack = spawnSync('bash', ['deploy/local/stack.sh', 'up'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SALW_STACK_STARTED_OUT: startedFile },
  });
  if (stack.status !== 0)
    process.stderr.write('[bench] the local stack did not come up; benches that need it will fail\n');
  const timeoutMs = Number(process.env.BENCH_TIMEOUT_MINUTES ?? 40) * 60_000;

  const runs: BenchRun[] = [];
  const startedAt = new Date().toISOString();
  const stackVersions = versions();
  // Written after every bench, so a run stopped half-way still leaves the figures of those done.
  const write = () => {
    const summary = summarise(startedAt, machine, stackVersions, runs);
    writeFileSync(join(REPORTS, 'bench.json'), `${JSON.stringify(summary, null, 2)}\n`);
    writeFileSync(join(REPORTS, 'bench.md'), renderMarkdown(summary));
    return summary;
  };
  try {
    for (const script of scripts) {
      process.stdout.write(`[bench] ${script} ...\n`);
      const run = await runOne(script, timeoutMs);
      process.stdout.write(
        `[bench] ${script}: exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''} in ${run.seconds.toFixed(0)} s, reports ${Object.keys(run.reports).join(', ') || 'none'}\n`,
      );
      runs.push(run);
      write();
    }
  } finally {
    const started = existsSync(startedFile)
      ? readFileSync(startedFile, 'utf8').split('\n').filter(Boolean)
      : [];
    if (started.length)
      spawnSync('bash', ['deploy/local/stack.sh', 'down', ...started], { cwd: ROOT, stdio: 'inherit' });
  }

  const summary = write();
  const failed = summary.runs.filter((r) => r.status === 'failed').map((r) => r.script);
  process.stdout.write(
    `[bench] wrote reports/bench.md and reports/bench.json: ${summary.runs.length - failed.length} passed, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}\n`,
  );
  return failed.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
