// One Vitest configuration, three projects: fast unit tests; the site built
// from the fixture snapshot and driven in Chromium; integration tests against
// a real Strapi started once per run (SQLite, or PostgreSQL when
// SDD_TEST_DB=postgres). scripts/test/run-all.ts runs them all.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared-types/test/**/*.test.ts',
            'cms/test/unit/**/*.test.ts',
            'site/test/unit/**/*.test.ts',
            'scripts/**/test/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['site/test/e2e/**/*.test.ts'],
          globalSetup: ['site/test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'cms',
          include: [
            'cms/test/integration/**/*.test.ts',
            'cms/test/admin/**/*.test.ts',
            'scripts/**/test/**/*.int.test.ts',
          ],
          globalSetup: ['cms/test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
