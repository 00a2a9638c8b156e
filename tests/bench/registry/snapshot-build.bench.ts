/**
 * `npm run -s bench:registry:snapshot-build [-- --entries N --runs N --profile]`: where a screener's
 * switch to a new list version spends its CPU, phase by phase, in this process: the store read of
 * the active version (Redis, JSON chunks) and the snapshot build (profile compile, party table, name
 * index, exact maps). The list is the activation bench's national list (100,000 entries by default),
 * stored under a key prefix of its own on the machine's Redis and deleted at the end. With
 * --profile, a CPU profile of the last run's build is summarised. JSON report:
 * reports/bench-registry-snapshot-build.json.
 */
import { Session } from 'node:inspector/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { writeBenchReport } from '@salw/benchmarking';
import type { RiskProfileDocument } from '@salw/risk-engine';
import { readProfileDocument, SALW_DEFAULT_PROFILE_DIR } from '@salw/risk-engine/node';
import { KeySpace, SnapshotStoreRepository } from '@salw/store';
import { parseWatchlistFile } from '@salw/watchlists/node';
import { buildStoredSnapshot } from '@salw/risk-engine';
import { summariseCpuProfile, type CpuProfile } from '../pipeline/cpu-profile-summary';
import { writeBenchNationalList } from './bench-national-list';
import { deleteBenchKeys } from './delete-bench-keys';

function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
};

async function main(): Promise<void> {
  const count = numberOption('entries', 100_000);
  const runs = numberOption('runs', 5);
  const profile = process.argv.includes('--profile');
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const prefix = `bench-snapshot-build-${Date.now().toString(36)}:`;
  const store = new SnapshotStoreRepository(redis, new KeySpace(prefix));
  try {
    const document = (await readProfileDocument(
      join(SALW_DEFAULT_PROFILE_DIR, 'profile.json'),
    )) as RiskProfileDocument;
    await store.saveProfile(document);
    // Parsed from JSON Lines as an import would, so the entries have exactly the stored shape.
    const dir = mkdtempSync(join(tmpdir(), 'bench-snapshot-build-'));
    const path = join(dir, 'bench.jsonl');
    writeBenchNationalList(path, count, 0);
    const file = await parseWatchlistFile(path);
    rmSync(dir, { recursive: true, force: true });
    const version = await store.saveWatchlist(file);
    await store.activate(
      { profile: { id: document.id, version: document.version }, lists: { bench: version } },
      new Date(),
    );

    const samples: { loadMs: number; loadCpuMs: number; buildMs: number; buildCpuMs: number }[] = [];
    let cpu;
    for (let run = 0; run < runs; run++) {
      const session = profile && run === runs - 1 ? new Session() : undefined;
      let started = performance.now();
      let cpuBefore = process.cpuUsage();
      const loaded = (await store.loadActive())!;
      const loadMs = Math.round(performance.now() - started);
      const loadCpuMs = cpuMs(cpuBefore);
      if (session) {
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
      }
      started = performance.now();
      cpuBefore = process.cpuUsage();
      buildStoredSnapshot(loaded);
      const sample = {
        loadMs,
        loadCpuMs,
        buildMs: Math.round(performance.now() - started),
        buildCpuMs: cpuMs(cpuBefore),
      };
      if (session) {
        const { profile: raw } = await session.post('Profiler.stop');
        cpu = summariseCpuProfile(raw as unknown as CpuProfile, 15);
        session.disconnect();
      }
      samples.push(sample);
      process.stderr.write(
        `run ${run + 1}: store read ${sample.loadMs} ms (CPU ${sample.loadCpuMs} ms), snapshot build ${sample.buildMs} ms (CPU ${sample.buildCpuMs} ms)\n`,
      );
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const figures = {
      loadAverage: loadavg().map((l) => +l.toFixed(2)),
      entries: count,
      runs: samples,
      medianCpuMs: {
        storeRead: median(samples.map((s) => s.loadCpuMs)),
        snapshotBuild: median(samples.map((s) => s.buildCpuMs)),
      },
      cpu,
    };
    const report = writeBenchReport('registry-snapshot-build', figures);
    process.stdout.write(
      `median CPU per switch: store read ${figures.medianCpuMs.storeRead} ms, snapshot build ${figures.medianCpuMs.snapshotBuild} ms (${count} entries, load average ${figures.loadAverage.join(' ')})\nreport: ${report}\n`,
    );
  } finally {
    await deleteBenchKeys(redis, prefix);
    await redis.quit();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench:registry:snapshot-build: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
