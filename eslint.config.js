// ESLint flat config. The import rules encode docs/ARCHITECTURE.md §2:
// engine → shared only (and no node:*), shared → nothing of ours, web never → server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import security from 'eslint-plugin-security';
import sdl from '@microsoft/eslint-plugin-sdl';
import globals from 'globals';

const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util'],
  message: 'The engine and shared packages are pure: no Node built-ins (ARCHITECTURE §2).',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  security.configs.recommended,
  // The SDL preset registers its own copy of eslint-plugin-security; we register ours above.
  ...sdl.configs.recommended.filter((config) => !config.plugins?.security),
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Indexing into our own typed catalogues is the whole point of a data-driven phrase library;
      // the rule cannot tell those from user-controlled keys and drowns real findings.
      'security/detect-object-injection': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['packages/engine/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-utils.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            {
              group: ['@zeugnisdesk/server', '@zeugnisdesk/web', '**/apps/**'],
              message: 'The engine imports only @zeugnisdesk/shared.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'The engine has no clock: dates come in as input.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator.' },
      ],
    },
  },
  {
    files: ['packages/shared/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            {
              group: ['@zeugnisdesk/*', '**/apps/**', '**/engine/**'],
              message: 'shared depends on nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@zeugnisdesk/server', '**/apps/server/**'],
              message: 'The web app never imports the server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}', 'apps/server/**/*.ts', 'bench/**', '**/*.test.ts', '**/*.test-utils.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: [
      '**/*.test.ts',
      '**/*.test-utils.ts',
      'bench/**',
      'scripts/**',
      '**/scripts/**',
      'apps/server/bin/**',
    ],
    rules: {
      // Tests, benchmarks and build scripts read fixture files and build patterns from constants.
      'security/detect-non-literal-fs-filename': 'off',
      'security/detect-non-literal-regexp': 'off',
    },
  },
);
