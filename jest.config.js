// Two projects: `unit` (pure code and Nest wiring with fakes, no services, fast) and
// `integration` (a real Kafka broker and the machine's Redis; brought up by tests/run-all.sh).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' });
// ts-jest transpiles each file alone (isolatedModules in tsconfig.spec.json): fast, and still emits decorator metadata.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json' }] };

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tests/unit'].filter((dir) =>
        require('fs').existsSync(dir.replace('<rootDir>', __dirname)),
      ),
      testMatch: ['**/*.spec.ts'],
      moduleNameMapper,
      transform,
    },
    {
      // Detection-quality bars: the whole engine on generated sets and the real UN list; no services.
      displayName: 'evaluation',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/tests/evaluation'],
      testMatch: ['**/*.eval-spec.ts'],
      moduleNameMapper,
      transform,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.int-spec.ts'],
      moduleNameMapper,
      transform,
      setupFilesAfterEnv: ['<rootDir>/tests/integration/jest.setup.ts'],
    },
  ],
};
