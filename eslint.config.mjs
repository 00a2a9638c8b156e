// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import importBoundaries from './eslint.import-boundaries.mjs';

const PROCESS_ENV = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read configuration through the config module only.',
};

// Libraries of plain logic: no framework, no broker, no Redis, nothing of ours that brings them.
const PURE_LIBRARIES = [
  'risk-engine',
  'name-matching',
  'contracts',
  'watchlists',
  'synthetic-traffic',
  'screening',
  'evaluation',
];
// Of those, the ones whose results must depend on their inputs alone (decisions are replayed and
// explained later): no file system and no clock either, except in their `node/` entry points.
const INPUT_ONLY_LIBRARIES = ['risk-engine', 'name-matching', 'contracts', 'watchlists'];

// Every app, found on disk so that a new one is covered the day it is added.
const APPS = readdirSync(new URL('./apps', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** An app imports no other app: what two apps share lives in a library both import. */
const APP_BOUNDARIES = APPS.map((app) => ({
  from: `apps/${app}`,
  into: APPS.filter((other) => other !== app).map((other) => `apps/${other}`),
  because: 'an app is built, deployed and changed on its own; what two apps share belongs in libs/',
}));

/** TypeScript files of the named libraries, under `folder` of each when given. */
const filesOf = (libs, folder = '') => libs.map((lib) => `libs/${lib}/${folder}**/*.ts`);

const PURE = 'A pure library does no I/O and knows no framework; an app wires it.';
const NO_FRAMEWORK_PATHS = [
  'ioredis',
  'kafkajs',
  '@salw/messaging',
  '@salw/store',
  '@salw/observability',
  '@salw/config',
].map((name) => ({ name, message: PURE }));
const NO_FRAMEWORK_PATTERN = {
  group: ['@nestjs/*', '@salw/messaging/*', '@salw/store/*', '@salw/observability/*', '@salw/config/*'],
  message: PURE,
};
const NO_FILES_PATTERN = {
  group: ['fs', 'fs/*', 'node:fs', 'node:fs/*', 'child_process', 'node:child_process'],
  message: 'Files are read in the node/ entry point and handed in as data.',
};
const NO_CLOCK = [
  "CallExpression[callee.object.name=/^(Date|performance)$/][callee.property.name='now']",
  "NewExpression[callee.name='Date'][arguments.length=0]",
].map((selector) => ({ selector, message: 'No clock here: the time is an input.' }));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'deploy/local/.cache/**',
      'deploy/local/.run/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-boundaries': importBoundaries },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', PROCESS_ENV],
      'import-boundaries/no-reach': [
        'error',
        [
          {
            from: 'libs',
            into: ['apps', 'tests'],
            because: 'a library serves apps and tests and never depends on them',
          },
          {
            from: 'libs/name-matching',
            into: ['libs/risk-engine'],
            because: 'the risk engine uses name matching, never the other way round',
          },
          {
            from: 'tests/unit',
            into: ['apps/cli'],
            because: 'a unit spec of the CLI lives beside it; elsewhere screen through the libraries',
          },
          ...APP_BOUNDARIES,
        ],
      ],
    },
  },
  {
    files: filesOf(PURE_LIBRARIES),
    rules: {
      'no-restricted-imports': ['error', { paths: NO_FRAMEWORK_PATHS, patterns: [NO_FRAMEWORK_PATTERN] }],
    },
  },
  {
    files: filesOf(INPUT_ONLY_LIBRARIES, 'src/'),
    ignores: ['**/node/**', '**/*.spec.ts', '**/testing/**', '**/test-fixtures/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NO_FRAMEWORK_PATHS, patterns: [NO_FRAMEWORK_PATTERN, NO_FILES_PATTERN] },
      ],
      'no-restricted-syntax': ['error', PROCESS_ENV, ...NO_CLOCK],
    },
  },
  {
    // Only configuration loaders and entry scripts may read the environment.
    files: [
      '**/config/**/*.ts',
      '**/*.config.ts',
      'tests/**/*.ts',
      'deploy/**/*.ts',
      '**/scripts/**/*.ts',
      '**/cli/**/*.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
