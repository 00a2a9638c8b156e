/**
 * Parse time and memory of the real UN consolidated list, streamed from disk.
 * Run: npm run bench:watchlists [-- rounds]   (the build of npm run build:bench, run by node)
 * (without --expose-gc the retained-heap figure is approximate).
 * Prints a summary and writes reports/bench-watchlists.json.
 */
import { createReadStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '@salw/benchmarking';
import { parseUnConsolidatedList } from '../src/un-sc/parse-un-consolidated-list';

const REPO = repoRoot();
const SOURCE = resolve(REPO, '../shared/data/un-sc/consolidated-2024-09-26.xml');
const ROUNDS = Number(process.argv[2] ?? 20);
const WARMUP = 3;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const bytes = statSync(SOURCE).size;
  for (let i = 0; i < WARMUP; i += 1) await parseUnConsolidatedList(createReadStream(SOURCE));

  const timesMs: number[] = [];
  let entries = 0;
  let warnings = 0;
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = process.hrtime.bigint();
    const file = await parseUnConsolidatedList(createReadStream(SOURCE));
    timesMs.push(Number(process.hrtime.bigint() - start) / 1e6);
    entries = file.entries.length;
    warnings = file.warnings.length;
  }

  // Memory: heap growth while holding one parsed list, measured after GC when exposed (node --expose-gc).
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  const held = await parseUnConsolidatedList(createReadStream(SOURCE));
  clearInterval(sampler);
  gc?.();
  const retainedHeapBytes = process.memoryUsage().heapUsed - heapBefore;

  const sorted = [...timesMs].sort((a, b) => a - b);
  const report = {
    benchmark: 'watchlists: parse UN consolidated list (streamed from disk)',
    source: 'shared/data/un-sc/consolidated-2024-09-26.xml',
    sourceBytes: bytes,
    entries,
    warnings,
    rounds: ROUNDS,
    timeMs: {
      min: Number(sorted[0]?.toFixed(1)),
      p50: Number(percentile(sorted, 50).toFixed(1)),
      p95: Number(percentile(sorted, 95).toFixed(1)),
      max: Number(sorted[sorted.length - 1]?.toFixed(1)),
    },
    throughputMiBPerS: Number((bytes / 1024 / 1024 / (percentile(sorted, 50) / 1000)).toFixed(1)),
    retainedHeapMiB: Number((retainedHeapBytes / 1024 / 1024).toFixed(1)),
    retainedHeapMeasuredAfterGc: gc !== undefined,
    peakRssMiB: Number((peakRss / 1024 / 1024).toFixed(1)),
    heldEntries: held.entries.length,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  console.log(
    `UN list ${(bytes / 1024 / 1024).toFixed(2)} MiB, ${entries} entries: p50 ${report.timeMs.p50} ms, p95 ${report.timeMs.p95} ms ` +
      `(${report.throughputMiBPerS} MiB/s); retained heap ${report.retainedHeapMiB} MiB` +
      `${gc ? '' : ' (no --expose-gc: approximate)'}; peak RSS ${report.peakRssMiB} MiB`,
  );
  mkdirSync(resolve(REPO, 'reports'), { recursive: true });
  writeFileSync(resolve(REPO, 'reports/bench-watchlists.json'), `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
