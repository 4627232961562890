// One Vitest configuration, two projects: fast unit tests, and integration
// tests against a real Strapi started once per run (SQLite, or PostgreSQL
// when SDD_TEST_DB=postgres). scripts/test/run-all.ts runs them all.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared-types/test/**/*.test.ts', 'cms/test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'cms',
          include: ['cms/test/integration/**/*.test.ts'],
          globalSetup: ['cms/test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
