// One Vitest configuration, three projects: fast unit tests; the site built
// from the fixture snapshot and driven in Chromium; integration tests against
// a real Strapi started once per run (SQLite, or PostgreSQL when
// SDD_TEST_DB=postgres). scripts/test/run-all.ts runs them all.
import { defineConfig } from 'vitest/config';

// CMS tests whose subject does not touch what differs between SQLite and
// PostgreSQL (admin texts, HTTP hardening, CORS, permissions, the preview and
// publisher pipelines, the toolchain) run once, in the SQLite run; everything
// that stores, queries, migrates or imports runs on both databases. Running
// both sets twice cost CI about six minutes on two cores.
const DATABASE_AGNOSTIC = [
  'cms/test/admin/german-strings.test.ts',
  'cms/test/admin/oparl-meeting.test.ts',
  'cms/test/admin/open-data-settings.test.ts',
  'cms/test/admin/preview.test.ts',
  'cms/test/admin/progress-method-text.test.ts',
  'cms/test/admin/publish-history.test.ts',
  'cms/test/admin/validation.test.ts',
  'cms/test/integration/cors-browser.test.ts',
  'cms/test/integration/hardening-start.test.ts',
  'cms/test/integration/hardening.test.ts',
  'cms/test/integration/preview-permissions.test.ts',
  'scripts/publisher/test/publisher.int.test.ts',
  'scripts/toolchain/test/concurrency.int.test.ts',
];

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
          exclude: ['**/node_modules/**', ...(process.env.SDD_TEST_DB === 'postgres' ? DATABASE_AGNOSTIC : [])],
          globalSetup: ['cms/test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
