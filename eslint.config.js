import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.sandbox/**', 'coverage/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Domain packages take a Logger; only kit talks to the runner (DESIGN.md, rules of the house).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/core'], message: 'Use @slipway/kit: it is the only place that knows the runner.' },
          ],
        },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['packages/!(kit|sandbox)/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'Domain packages do not import the runner toolkit; take a Logger from @slipway/kit.',
            },
          ],
        },
      ],
    },
  },
  {
    // kit is built on the toolkit; the bench's floor is a one-line @actions/core action.
    files: ['packages/kit/src/**/*.ts', 'test/bench/fixtures/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  prettier,
);
