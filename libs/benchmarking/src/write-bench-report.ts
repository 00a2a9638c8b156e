import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './repo-root';

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
