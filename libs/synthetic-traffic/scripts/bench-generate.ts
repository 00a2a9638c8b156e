/**
 * Generation throughput, so benchmarks of the engine and pipeline know the feed is not their bottleneck.
 *   npm run bench:generate [-- count]   (the build of npm run build:bench, run by node)
 * Prints the numbers and writes reports/synthetic-traffic-generate.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '@salw/benchmarking';
import { generateDeclarations } from '../src/generate-declarations';

const count = Number(process.argv[2] ?? 20000);
if (!Number.isInteger(count) || count <= 0)
  throw new RangeError(`count must be a positive whole number, got '${process.argv[2]}'`);

const started = process.hrtime.bigint();
let bytes = 0;
for (const { declaration } of generateDeclarations({ seed: 'bench', count, parties: 2000 }))
  bytes += JSON.stringify(declaration).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const report = {
  benchmark: 'synthetic-traffic-generate',
  at: new Date().toISOString(),
  count,
  seconds: Math.round(seconds * 1000) / 1000,
  declarationsPerSecond: Math.round(count / seconds),
  meanJsonBytes: Math.round(bytes / count),
  node: process.version,
};
const target = resolve(repoRoot(), 'reports', 'synthetic-traffic-generate.json');
mkdirSync(resolve(target, '..'), { recursive: true });
writeFileSync(target, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report)}\n`);
