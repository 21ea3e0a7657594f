// One lint boundary: shared/ is pure TypeScript that runs anywhere (CLI, renderer, main, tests).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const platformImports = [
  { group: ['react', 'react-dom', 'react/*', 'ag-grid-*', 'dexie', 'dexie-*', 'electron', 'xlsx', 'playwright-core', 'node:*', 'fs', 'path', 'os', 'child_process'],
    message: 'shared/ bleibt plattformfrei: keine React-, DOM-, Dexie-, Electron- oder Node-Importe.' },
  { group: ['../renderer/*', '../../renderer/*', '../electron/*', '../../electron/*'], message: 'shared/ importiert nichts aus renderer/ oder electron/.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', { patterns: platformImports }] },
  },
);
