import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // One way to the database: SQL lives in typed query modules (`*.queries.ts`, with sqlRows and
    // sqlRow from libs/database/src/sql.ts), so no caller sees untyped rows. Tests and benches
    // (test/, bench/) stay free to seed and inspect tables directly: they are outside this scope.
    // The compact transaction (libs/database) sends its own BEGIN and COMMIT.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [
      '**/*.queries.ts',
      'libs/database/src/sql.ts',
      'libs/database/src/compact-transaction.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='query']",
          message: 'Put SQL in a typed *.queries.ts module (sqlRows/sqlRow from @app/database).',
        },
      ],
    },
  },
  {
    // The domain is shared with the browser: no framework, no database, no Node-only module.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'pg', 'ioredis', 'bull'],
              message: 'libs/domain is plain TypeScript.',
            },
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os'],
              message: 'libs/domain also runs in the browser.',
            },
            { group: ['@app/*', '../*'], message: 'libs/domain imports nothing of the tracker.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
