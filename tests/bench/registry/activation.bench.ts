/**
 * `npm run -s bench:registry:activation [-- --entries N --screeners N --runs N]`: the time from
 * `activate` to every running screener screening with a new list version of 100,000 entries
 * (target: at most 5 s). The screeners are the screener's own `SnapshotHolder`, N processes of
 * it (2 by default, `snapshot-holder.child.ts`), each with its own Redis subscription, store reads
 * and snapshot build, as in `apps/screener` (without Kafka: what is timed is the switch, not
 * screening). Runs against the machine's Redis under a key prefix of its own, deleted at the end.
 * Writes reports/bench-registry-activation.json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { fork, type ChildProcess } from 'node:child_process';
import { writeBenchReport } from '@salw/benchmarking';
import { loadConfig } from '@salw/config';
import { SnapshotStoreRepository } from '@salw/store';
import { createRegistryCliContext } from '../../../apps/registry/src/cli/registry-cli.context';
import { REGISTRY_CONFIG_SECTIONS } from '../../../apps/registry/src/config/registry-config-sections';
import { ImportService } from '../../../apps/registry/src/imports/import.service';
import { ListRegistryService } from '../../../apps/registry/src/lists/list-registry.service';
import { ProfileRegistryService } from '../../../apps/registry/src/profiles/profile-registry.service';
import { readProfileDocument, SALW_DEFAULT_PROFILE_DIR } from '@salw/risk-engine/node';
import { writeBenchNationalList } from './bench-national-list';
import { deleteBenchKeys } from './delete-bench-keys';

const TARGET_MS = 5_000;

function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

async function main(): Promise<void> {
  const entries = numberOption('entries', 100_000);
  const screenerCount = numberOption('screeners', 2);
  const runs = numberOption('runs', 3);
  const prefix = `bench-reg-act-${Date.now().toString(36)}:`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const dir = mkdtempSync(join(tmpdir(), 'bench-registry-'));
  const config = loadConfig(REGISTRY_CONFIG_SECTIONS, {
    ...process.env,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    LOG_LEVEL: 'warn',
  });
  const registry = await createRegistryCliContext(config);
  const redis = new Redis(redisUrl);
  const holders: { child: ChildProcess; seen: Map<number, number>; cpu: Map<number, number> }[] = [];
  const change = { actor: 'bench', reason: 'activation benchmark' };
  try {
    const profiles = registry.get(ProfileRegistryService);
    const lists = registry.get(ListRegistryService);
    const imports = registry.get(ImportService);
    const profile = await profiles.publish(
      await readProfileDocument(join(SALW_DEFAULT_PROFILE_DIR, 'profile.json')),
      change,
    );
    await profiles.activate(profile, change);

    const versions: number[] = [];
    const importMs: number[] = [];
    for (const variant of [0, 1, 2]) {
      const file = join(dir, `bench-${variant}.jsonl`);
      writeBenchNationalList(file, variant === 0 ? 1_000 : entries, variant);
      const started = performance.now();
      const outcome = await imports.import({ kind: 'national', path: file }, change);
      if (variant > 0) importMs.push(performance.now() - started);
      versions.push(outcome.version!);
    }
    await lists.activate('bench', versions[0], change);
    process.stderr.write(
      `imported 2 versions of ${entries} entries (${importMs.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')})\n`,
    );

    for (let i = 0; i < screenerCount; i++) {
      const child = fork(join(__dirname, 'snapshot-holder.child.ts'), [], {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix },
      });
      const seen = new Map<number, number>();
      const cpu = new Map<number, number>();
      child.on('message', (message: { activation: number; at: number; cpuMs: number }) => {
        seen.set(message.activation, message.at);
        cpu.set(message.activation, message.cpuMs);
      });
      holders.push({ child, seen, cpu });
    }
    const first = (await registry.get(SnapshotStoreRepository).getActive())!.activation;
    const waitAll = async (activation: number, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (holders.some((h) => !h.seen.has(activation))) {
        if (Date.now() > deadline)
          throw new Error(`activation ${activation} not seen by every screener within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    await waitAll(first, 120_000);

    const samples: {
      version: number;
      activateCallMs: number;
      pointerToAllMs: number;
      totalMs: number;
      perScreenerMs: number[];
      perScreenerCpuMs: number[];
    }[] = [];
    let previous = first;
    for (let run = 0; run < runs; run++) {
      const version = versions[1 + (run % 2)];
      const started = Date.now();
      const activation = await lists.activate('bench', version, change);
      const returned = Date.now();
      await waitAll(activation.activation, 120_000);
      const switched = Date.parse(activation.activatedAt);
      const perScreener = holders.map((h) => h.seen.get(activation.activation)! - switched);
      const sample = {
        version,
        activateCallMs: returned - started,
        pointerToAllMs: Math.max(...perScreener),
        totalMs: Math.max(...holders.map((h) => h.seen.get(activation.activation)!)) - started,
        perScreenerMs: perScreener,
        // CPU each screener spent from the previous swap to this one: the switch's cost on an idle core.
        perScreenerCpuMs: holders.map((h) =>
          Math.round(h.cpu.get(activation.activation)! - h.cpu.get(previous)!),
        ),
      };
      previous = activation.activation;
      samples.push(sample);
      process.stderr.write(
        `run ${run + 1}: activate v${version} -> all ${screenerCount} screeners in ${sample.totalMs} ms (call ${sample.activateCallMs} ms, pointer switch to last screener ${sample.pointerToAllMs} ms; screener CPU ${sample.perScreenerCpuMs.join(', ')} ms)\n`,
      );
    }
    const worst = Math.max(...samples.map((s) => s.totalMs));
    const figures = {
      loadAverage: loadavg(),
      entries,
      screeners: screenerCount,
      screenersAre:
        'processes each holding a SnapshotHolder of apps/screener (own subscriber, store reads, snapshot build)',
      importSeconds: importMs.map((ms) => +(ms / 1000).toFixed(2)),
      runs: samples,
      worstActivateToAllScreenersMs: worst,
      targetMs: TARGET_MS,
      meetsTarget: worst <= TARGET_MS,
    };
    const file = writeBenchReport('registry-activation', figures);
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\nreport: ${file}\n`);
  } finally {
    for (const { child } of holders) child.kill('SIGTERM');
    await registry.close();
    await deleteBenchKeys(redis, prefix);
    await redis.quit();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench:registry:activation: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
