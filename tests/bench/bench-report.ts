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
