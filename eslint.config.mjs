// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through the config module only.',
        },
      ],
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
