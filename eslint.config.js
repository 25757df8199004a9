import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// Layer direction of DESIGN.md §2, as lint errors: model <- sim <- state <- ui.
const ui = ['svelte', 'svelte/*', '@xyflow/*', 'd3', 'd3-*', 'html-to-image', '@dagrejs/*'];
const layer = (name) => [`$lib/${name}`, `$lib/${name}/**`, `**/lib/${name}/**`, `../${name}/**`, `../../${name}/**`, `../${name}`];
const restrict = (patterns, message) => ({
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  {
    files: ['src/lib/i18n/**'],
    ...restrict([...ui, 'immer', 'zod', ...layer('model'), ...layer('sim'), ...layer('state'), ...layer('ui')], 'i18n holds messages only.'),
  },
  {
    files: ['src/lib/model/**'],
    ...restrict([...ui, ...layer('sim'), ...layer('state'), ...layer('ui')], 'model is pure TypeScript: no Svelte, DOM libraries, sim, state or ui (DESIGN.md §2).'),
  },
  {
    files: ['src/lib/sim/**', 'src/workers/**', 'src/cli/**'],
    ...restrict([...ui, 'immer', ...layer('state'), ...layer('ui')], 'sim is pure TypeScript: it may import model only (DESIGN.md §2).'),
  },
  {
    files: ['src/lib/sim/**'],
    rules: {
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Results must depend only on the seed: use the seeded RNG.' },
        { object: 'Date', property: 'now', message: 'No clocks in results.' }],
    },
  },
  {
    files: ['src/lib/state/**'],
    ...restrict(['@xyflow/*', 'd3', 'd3-*', ...layer('ui')], 'state may not import ui components.'),
  },
);
