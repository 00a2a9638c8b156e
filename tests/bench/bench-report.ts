import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest directory above `from` that holds a package.json. The same from
 * a benchmark's source and from its build under dist/, which sits one level deeper.
 */
export function repoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json in ${from} or above it`);
  }
}

/** Writes a benchmark's figures as JSON under reports/ (ignored by git) with the machine they came from. */
export function writeBenchReport(name: string, figures: unknown): string {
  const dir = join(repoRoot(), 'reports');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${name}.json`);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryBytes: totalmem(),
    node: process.version,
  };
  writeFileSync(
    file,
    `${JSON.stringify({ name, at: new Date().toISOString(), machine, figures }, null, 2)}\n`,
  );
  return file;
}

/** A full garbage collection, when node runs with --expose-gc (the benches that read memory do). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** How long settledMemory waits after the collection: one turn of the event loop, with room to spare. */
const SETTLE_MILLISECONDS = 500;

/**
 * Memory use after a full garbage collection and one turn of the event loop. V8 gives the pages a
 * collection freed back to the OS in a task it runs after the collection; a bench that never yields
 * reads RSS before that task ran (bench:engine at 1M entries: 518 MB read right after the collection,
 * 394 MB one turn later; it then stays there). A screener yields between every batch, so the later
 * figure is what a screener holds.
 */
export async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MILLISECONDS));
  return process.memoryUsage();
}

/** Runs `fn` repeatedly for about `seconds` after a warm-up; returns operations per second. */
export function opsPerSecond(fn: () => void, seconds = 2): number {
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) fn();
  let ops = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) fn();
    ops += 100;
  }
  return ops / ((performance.now() - start) / 1000);
}
