import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The repository's own lint config, as `npx eslint .` applies it, on files that break a boundary.
 * ESLint loads its config as an ES module, which jest's CommonJS runtime cannot, so one child
 * process lints every case and answers with the rule ids it reported.
 */
const ROOT = join(__dirname, '..', '..', '..');
const LINT_CASES = `
import { ESLint } from 'eslint';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const answers = {};
for (const [filePath, code] of Object.entries(JSON.parse(input))) {
  const [result] = await eslint.lintText(code, { filePath });
  answers[filePath] = result.messages.map((m) => m.ruleId + ': ' + m.message);
}
console.log(JSON.stringify(answers));
`;

const cases: Record<string, string> = {
  'libs/risk-engine/src/indicators/framework.indicator.ts': `
    import { Injectable } from '@nestjs/common';
    import Redis from 'ioredis';
    import { Kafka } from 'kafkajs';
    import { SnapshotStore } from '@salw/store';
    export const used = [Injectable, Redis, Kafka, SnapshotStore];`,
  'libs/risk-engine/src/indicators/io.indicator.ts': `
    import { readFileSync } from 'node:fs';
    export const used = [readFileSync, Date.now(), new Date()];`,
  'libs/risk-engine/src/node/read-something.ts': `
    import { readFileSync } from 'node:fs';
    export const used = [readFileSync, new Date('2026-01-01T00:00:00Z')];`,
  'libs/name-matching/src/index/nest.ts': `
    import { Module } from '@nestjs/common';
    export const used = Module;`,
  'libs/name-matching/src/index/engine.ts': `
    import { evaluate } from '@salw/risk-engine';
    import { buildSnapshot } from '../../../risk-engine/src/snapshot/build-snapshot';
    export const used = [evaluate, buildSnapshot];`,
  'libs/watchlists/bench/reaching.bench.ts': `
    import { repoRoot } from '../../../tests/bench/bench-report';
    export const used = repoRoot;`,
  'libs/store/src/reaching.ts': `
    import Redis from 'ioredis';
    import { AppModule } from '../../../apps/screener/src/app.module';
    export const used = [Redis, AppModule];`,
  'libs/benchmarking/src/fine.ts': `
    import { writeFileSync } from 'node:fs';
    export const used = writeFileSync;`,
  'tests/unit/cli/reaching.spec.ts': `
    import { OfflineScreeningSession } from '../../../apps/cli/src/screen/offline-screening.session';
    const parseArgs = require('../../../apps/cli/src/dlq/plan-replay');
    export const used = [OfflineScreeningSession, parseArgs];`,
  'apps/registry/src/backtest/reaching.ts': `
    import { buildSnapshot } from '../../../screener/src/snapshot/snapshot-holder';
    import { parseArgs } from '../../../../apps/cli/src/screen/screen.command';
    import { AppModule } from '../app.module';
    import { parseArgs as fine } from '@salw/config/command-line';
    export const used = [buildSnapshot, parseArgs, AppModule, fine];`,
  'apps/cli/src/dlq/reaching.command.ts': `
    export const load = () => import('../../../registry/src/seed/seed.service');`,
  'tests/integration/screener/fine.int-spec.ts': `
    import { AppModule } from '../../../apps/screener/src/app.module';
    export const used = AppModule;`,
};

describe('lint: boundaries between packages', () => {
  let reported: Record<string, string[]>;

  beforeAll(() => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', LINT_CASES], {
      cwd: ROOT,
      input: JSON.stringify(cases),
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (run.status !== 0) throw new Error(`eslint did not run: ${run.stderr}`);
    reported = JSON.parse(run.stdout) as Record<string, string[]>;
  });

  const rulesOf = (file: string) => reported[file].map((message) => message.split(':')[0]);

  it('keeps Nest, Redis, Kafka and our framework-bound libraries out of pure libraries', () => {
    const messages = reported['libs/risk-engine/src/indicators/framework.indicator.ts'];
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(4);
    expect(rulesOf('libs/name-matching/src/index/nest.ts')).toEqual(['no-restricted-imports']);
  });

  it('keeps files and the clock out of the engine, except in its node/ entry point', () => {
    expect(rulesOf('libs/risk-engine/src/indicators/io.indicator.ts')).toEqual([
      'no-restricted-imports',
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
    expect(reported['libs/risk-engine/src/node/read-something.ts']).toEqual([]);
  });

  it('lets no library import an app or a test, however many ../ it takes', () => {
    expect(reported['libs/watchlists/bench/reaching.bench.ts']).toEqual([
      "import-boundaries/no-reach: '../../../tests/bench/bench-report' reaches into tests/: a library serves apps and tests and never depends on them",
    ]);
    expect(rulesOf('libs/store/src/reaching.ts')).toEqual(['import-boundaries/no-reach']);
    expect(reported['libs/benchmarking/src/fine.ts']).toEqual([]);
  });

  it('keeps the risk engine out of name matching, which it uses', () => {
    expect(rulesOf('libs/name-matching/src/index/engine.ts')).toEqual([
      'import-boundaries/no-reach',
      'import-boundaries/no-reach',
    ]);
  });

  it('lets no app import another app, only its own files and the libraries', () => {
    expect(reported['apps/registry/src/backtest/reaching.ts']).toEqual([
      "import-boundaries/no-reach: '../../../screener/src/snapshot/snapshot-holder' reaches into apps/screener/: an app is built, deployed and changed on its own; what two apps share belongs in libs/",
      "import-boundaries/no-reach: '../../../../apps/cli/src/screen/screen.command' reaches into apps/cli/: an app is built, deployed and changed on its own; what two apps share belongs in libs/",
    ]);
    expect(rulesOf('apps/cli/src/dlq/reaching.command.ts')).toEqual(['import-boundaries/no-reach']);
  });

  it('lets unit specs outside the CLI reach none of its internals, by import or require', () => {
    const boundaryRules = rulesOf('tests/unit/cli/reaching.spec.ts').filter((rule) =>
      rule.startsWith('import-boundaries/'),
    );
    expect(boundaryRules).toEqual(['import-boundaries/no-reach', 'import-boundaries/no-reach']);
    expect(reported['tests/integration/screener/fine.int-spec.ts']).toEqual([]);
  });
});
