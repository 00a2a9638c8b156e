/**
 * Writes the committed samples: the demo declarations, the fictional watchlists and the labelled
 * evaluation set. Deterministic: running it twice writes identical files.
 *   npx tsx libs/synthetic-traffic/scripts/write-samples.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sampleFiles } from '../src/samples/sample-files';

const repoRoot = resolve(__dirname, '..', '..', '..');
for (const [path, content] of Object.entries(sampleFiles())) {
  const target = resolve(repoRoot, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content, 'utf8');
  const lines = content.split('\n').length - 1;
  process.stdout.write(`${path}  ${lines} lines  ${content.length} chars\n`);
}
