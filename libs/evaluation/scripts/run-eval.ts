import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatEvaluationTable } from '../src/report/format-evaluation-table';
import { loadEvaluationInputs } from '../src/node/load-evaluation-inputs';
import { runEvaluation } from '../src/run-evaluation';

// `npm run eval`: every evaluation set through the whole engine; the table on stderr, JSON in reports/.
async function main(): Promise<void> {
  const root = resolve(__dirname, '../../..');
  const started = Date.now();
  const inputs = await loadEvaluationInputs(root);
  const report = await runEvaluation(inputs, { compareWithFuse: true });
  mkdirSync(join(root, 'reports'), { recursive: true });
  const file = join(root, 'reports', 'eval.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(
    `${formatEvaluationTable(report)}\n\nwritten ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `eval failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
