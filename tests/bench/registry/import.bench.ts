/**
 * `npm run bench:registry:import [-- --entries N]`: how fast a watchlist file becomes a stored version
 * in Redis, and with how much memory, streamed (importWatchlistFile) against the simple method (the
 * whole file parsed into memory, then SnapshotStoreRepository.saveWatchlist), in the same run:
 * 1. the real UN consolidated list (../shared/data/un-sc), best of 3 runs each;
 * 2. a generated national list of 1,000,000 lines (deterministic; written to a temp file), as JSON
 *    Lines and as CSV, one run each; for JSON Lines also imported twice and the versions diffed with
 *    the bounded diff, as the registry's import does against the active version.
 * Every import runs in a child process of its own, so its peak RSS (getrusage maxRSS, and RSS sampled
 * every 25 ms) and CPU time are its own; the child deletes what it stored. On a shared machine compare
 * CPU seconds rather than wall time (the report records the load average). Target (issue 14): 1M lines under 500 MB.
 * Report: reports/bench-registry-import.json.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, writeBenchReport } from '@salw/benchmarking';
import { writeNationalList } from './import-national-list.generator';

const run = promisify(execFile);
const ROOT = repoRoot(__dirname);
const UN_LIST = resolve(ROOT, '../shared/data/un-sc/consolidated-2024-09-26.xml');
const CHILD = join(__dirname, 'import-run.child.ts');
const PEAK_RSS_TARGET_MIB = 500;

interface Figures {
  readonly method: 'streamed' | 'simple' | 'streamed+diff';
  readonly entries: number;
  readonly seconds: number;
  readonly entriesPerSecond: number;
  readonly cpuSeconds: number;
  readonly peakRssMiB: number;
  readonly sampledPeakRssMiB: number;
  readonly storedMiB: number;
  readonly diffSeconds?: number;
}

async function importOnce(
  method: Figures['method'],
  path: string,
): Promise<Figures | { method: string; failed: string }> {
  const prefix = `bench-import-${process.pid}-${Date.now().toString(36)}:`;
  try {
    const { stdout } = await run(
      process.execPath,
      ['--max-old-space-size=8192', '--import', 'tsx', CHILD, method, path, prefix],
      { cwd: ROOT, maxBuffer: 1024 * 1024 },
    );
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Figures;
  } catch (error) {
    return { method, failed: String((error as { stderr?: string }).stderr ?? error).slice(0, 500) };
  }
}

function best(runs: (Figures | { failed: string })[]): Figures | { failed: string } {
  const ok = runs.filter((r): r is Figures => 'seconds' in r);
  return ok.length === 0 ? runs[0]! : ok.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

async function compare(label: string, path: string, repetitions: number, withDiff = false) {
  const sizeMiB = +(statSync(path).size / 1024 / 1024).toFixed(1);
  const results: Record<string, Figures | { failed: string }> = {};
  for (const method of ['streamed', 'simple'] as const) {
    const runs = [];
    for (let n = 0; n < repetitions; n++) runs.push(await importOnce(method, path));
    results[method] = best(runs);
  }
  const streamed = results['streamed'];
  const simple = results['simple'];
  const ratios =
    streamed && simple && 'seconds' in streamed && 'seconds' in simple
      ? {
          simpleOverStreamedTime: +(simple.seconds / streamed.seconds).toFixed(2),
          simpleOverStreamedCpu: +(simple.cpuSeconds / streamed.cpuSeconds).toFixed(2),
          simpleOverStreamedPeakRss: +(simple.peakRssMiB / streamed.peakRssMiB).toFixed(2),
        }
      : undefined;
  const streamedWithDiff = withDiff ? await importOnce('streamed+diff', path) : undefined;
  if (streamedWithDiff && 'seconds' in streamedWithDiff)
    console.log(
      `${label.padEnd(22)} imported twice and diffed (bounded): diff ${streamedWithDiff.diffSeconds} s, peak RSS ${streamedWithDiff.peakRssMiB} MiB`,
    );
  const row = {
    label,
    fileMiB: sizeMiB,
    streamed,
    simple,
    ratios,
    ...(streamedWithDiff ? { streamedWithDiff } : {}),
  };
  console.log(
    `${label.padEnd(22)} ${String(sizeMiB).padStart(7)} MiB | ` +
      (['streamed', 'simple'] as const)
        .map((m) => {
          const r = results[m];
          return r && 'seconds' in r
            ? `${m} ${r.seconds.toFixed(2)} s (CPU ${r.cpuSeconds.toFixed(2)} s), ${r.entriesPerSecond.toLocaleString('en')}/s, peak RSS ${r.peakRssMiB} MiB`
            : `${m} FAILED`;
        })
        .join(' | ') +
      (ratios
        ? ` | simple/streamed: time x${ratios.simpleOverStreamedTime}, CPU x${ratios.simpleOverStreamedCpu}, RSS x${ratios.simpleOverStreamedPeakRss}`
        : ''),
  );
  return row;
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--entries');
  const entries = at > 0 ? Number(process.argv[at + 1]) : 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'salw-bench-import-'));
  try {
    const rows = [await compare('UN consolidated list', UN_LIST, 3)];
    for (const format of ['jsonl', 'csv'] as const) {
      const path = join(dir, `national.${format}`);
      const started = Date.now();
      await writeNationalList(path, format, entries);
      console.log(
        `generated ${entries.toLocaleString('en')} ${format} lines in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      rows.push(await compare(`national ${format} ${entries / 1e6}M`, path, 1, format === 'jsonl'));
      rmSync(path);
    }
    const national = rows
      .slice(1)
      .flatMap((row) => [row.streamed, ...('streamedWithDiff' in row ? [row.streamedWithDiff] : [])]);
    const withinTarget = national.every(
      (r) => r !== undefined && 'peakRssMiB' in r && r.peakRssMiB < PEAK_RSS_TARGET_MIB,
    );
    console.log(
      `streamed 1M-line imports under ${PEAK_RSS_TARGET_MIB} MiB peak RSS: ${withinTarget ? 'yes' : 'NO'}`,
    );
    const file = writeBenchReport('registry-import', {
      entries,
      loadAverage: loadavg(),
      peakRssTargetMiB: PEAK_RSS_TARGET_MIB,
      withinTarget,
      rows,
    });
    console.log(`report: ${file}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
