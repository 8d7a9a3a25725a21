// Lint, including the layer rules: dependencies point one way (renderer → shared ← electron/core ← electron/{main,cli,web}).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'zlib', 'stream', 'url', 'util', 'events', 'worker_threads'];

const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench-data/**', 'resources/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Input sanitising matches control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      [...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom', '**/electron/**', '**/renderer/**'],
      'shared/ is pure: no Node, DOM, Electron, React, database or other layers.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer([...nodeBuiltins, 'electron', 'better-sqlite3', '**/electron/**'], 'renderer/ talks to the core only through the contract (renderer/src/api).'),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: layer(['electron', '**/electron/main/**', '**/electron/cli/**', '**/electron/web/**', '**/renderer/**'], 'electron/core is plain Node: it never imports electron or the ways in.'),
  },
  {
    files: ['electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: layer(['electron', '**/electron/main/**', '**/renderer/**'], 'The CLI and browser host run without Electron.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: layer([...nodeBuiltins, '**/electron/core/**', '**/renderer/**'], 'The sandboxed preload may use only electron and the contract.'),
  },
);
