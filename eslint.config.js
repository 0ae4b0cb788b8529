import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/**
 * Imports flow one way: app → features → components, lib, contract, domain (ARCHITECTURE.md).
 * A feature never imports another feature; nothing below `app` imports `app`; `src` never imports
 * the mocks (main.tsx alone starts the in-browser API, through a dynamic import).
 */
const features = ['partners', 'opportunities', 'tasks', 'apprentices', 'equipment', 'incubator', 'territory', 'academic', 'events', 'overview', 'settings', 'tax', 'audit'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'mocks/public', 'coverage', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/only-throw-error': 'off',
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Lower layers never reach up.
            { target: ['./src/components', './src/lib', './src/contract', './src/domain', './src/locales'], from: ['./src/app', './src/features'] },
            { target: ['./src/contract', './src/domain'], from: ['./src/components', './src/lib'] },
            { target: './src/domain', from: './src/contract' },
            // Features are independent of each other.
            ...features.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
            })),
            { target: './src/features', from: './src/app' },
            // The app layer composes features; features never reach into app/pages.
            // The app never knows which API implementation it talks to (only main.tsx chooses).
            { target: ['./src/app', './src/features', './src/components', './src/lib', './src/contract', './src/domain'], from: './mocks' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'mocks/**', '*.config.*'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    // Playwright fixtures call a `use` that is not React's.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
