// Lint rules for the whole workspace: JavaScript's and typescript-eslint's
// recommended sets, Svelte's for the islands, Astro's for the pages. Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '.toolchain/**',
      '**/dist/**',
      'cms/.data/**',
      'cms/.strapi/**',
      'cms/types/generated/**',
      // Build output, also of builds running beside the check (npm test runs suites side by side).
      '**/.astro/**',
      'site/.builds/**',
      'site/.bench-floor/**',
      'site/data/**',
      '**/build/**',
      '.pnpm-store/**',
      '.data/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
);
