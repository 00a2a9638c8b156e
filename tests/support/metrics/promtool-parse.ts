import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';

export const PROMTOOL = '/usr/bin/promtool';

/**
 * Parses PromQL expressions with Prometheus's own parser, offline: each becomes a recording rule of a
 * throw-away rule file that `promtool check rules` reads. Returns promtool's complaints (empty when
 * all parse). promtool comes from Debian's prometheus package (deploy/scripts/ensure-prometheus.sh).
 */
export function promtoolParseErrors(expressions: readonly string[]): string[] {
  if (!existsSync(PROMTOOL))
    return [`${PROMTOOL} is missing: run deploy/scripts/ensure-prometheus.sh (Debian's prometheus package)`];
  const dir = mkdtempSync(join(tmpdir(), 'promql-parse-'));
  try {
    const file = join(dir, 'expressions.yml');
    const rules = expressions.map((expr, i) => ({ record: `parsed:expression_${i}`, expr }));
    writeFileSync(file, dump({ groups: [{ name: 'parse', rules }] }));
    const run = spawnSync(PROMTOOL, ['check', 'rules', file], { encoding: 'utf8' });
    if (run.status === 0) return [];
    return (run.stderr + run.stdout)
      .split('\n')
      .filter((line) => /error|expression_\d+/i.test(line))
      .map((line) =>
        line.replace(/parsed:expression_(\d+)/g, (_, i: string) => `"${expressions[Number(i)]}"`),
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
