/**
 * `npm run bench:intake`: the intake's HTTP throughput against a real intake and the real broker, with
 * nothing to set up by hand. Unless INTAKE_URL and INTAKE_BENCH_KEY name an intake already running, it
 * makes throw-away topics on the local stack (a prefix of their own, removed afterwards), starts the
 * intake as an operator would (its main, a submitter key made for the run), runs
 * apps/intake/scripts/intake.bench.ts against it, and stops it. Writes reports/intake-bench.json.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppProcess } from '../../integration/observability/support/app-process';
import { freePort } from '../../integration/screener/support/free-port';
import { REPO_ROOT, ScreenerTestBed } from '../../integration/screener/support/screener-test-bed';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function runBench(env: NodeJS.ProcessEnv): number {
  const result = spawnSync(
    join(REPO_ROOT, 'node_modules/.bin/tsx'),
    [join(REPO_ROOT, 'apps/intake/scripts/intake.bench.ts')],
    { cwd: REPO_ROOT, env, stdio: 'inherit' },
  );
  return result.status ?? 1;
}

async function main(): Promise<number> {
  if (process.env.INTAKE_URL && process.env.INTAKE_BENCH_KEY) return runBench(process.env);
  const bed = await ScreenerTestBed.create('bench-intake');
  const key = randomBytes(18).toString('base64url');
  const intake = AppProcess.spawn({
    entry: 'apps/intake/src/main.ts',
    name: 'intake',
    repoRoot: REPO_ROOT,
    env: bed.env({ LOG_LEVEL: 'warn', INTAKE_API_KEYS: `bench:submitter:${sha256(key)}` }),
    httpPort: await freePort(),
    logFile: join(bed.dir, 'intake.log'),
  });
  try {
    await intake.waitReady();
    process.stderr.write(`intake at ${intake.url}, topics under the prefix of this run\n`);
    return runBench({ ...process.env, INTAKE_URL: intake.url, INTAKE_BENCH_KEY: key });
  } finally {
    await intake.stop();
    await bed.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:intake: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
