// Starts one CMS for all integration tests: on SQLite, or on a private
// PostgreSQL cluster when SDD_TEST_DB=postgres. Tests read the URL, the build
// token and the admin login through inject().
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type {} from '../../../scripts/test/provided-context.ts';
import { freePort } from '../../scripts/free-port.ts';
import { startStrapi, type RunningStrapi } from '../../scripts/launch-strapi.ts';
import { startPostgres, type PostgresCluster } from './postgres-cluster.ts';

const TEST_ADMIN = { email: 'test-admin@example.org', password: 'Test-Admin-Passw0rd' };
const WEBHOOK_SECRET = randomBytes(32).toString('base64url');

let strapi: RunningStrapi | undefined;
let postgres: PostgresCluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  const usePostgres = process.env.SDD_TEST_DB === 'postgres';
  if (usePostgres) postgres = await startPostgres();
  // The CMS's webhook points at a port reserved for the publisher tests.
  const publisherPort = await freePort();
  // Likewise the preview server's port, which the admin's "Vorschau" links point at.
  const previewPort = await freePort();
  // The suites send thousands of anonymous requests from one address: the rate limit stays on but high
  // (hardening-start.test.ts checks it with a low one); likewise the admin login limit, since every
  // test file logs the test admin in again.
  const env = {
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    SDD_PUBLISHER_URL: `http://127.0.0.1:${publisherPort}`,
    SDD_PREVIEW_URL: `http://127.0.0.1:${previewPort}`,
    SDD_WEBHOOK_SECRET: WEBHOOK_SECRET,
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    ADMIN_LOGIN_RATE_LIMIT_MAX: '1000',
  };
  // Seeding the demo on PostgreSQL took over 3 minutes on a loaded 2-core machine: allow 10 before giving up.
  strapi = await startStrapi({
    env,
    timeoutMs: 600_000,
    ...(postgres ? { database: { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgres.url } } : {}),
  });
  project.provide('cmsUrl', strapi.url);
  project.provide('buildToken', readFileSync(join(strapi.stateDir, 'build-token'), 'utf8').trim());
  project.provide('importToken', readFileSync(join(strapi.stateDir, 'import-token'), 'utf8').trim());
  project.provide('previewToken', readFileSync(join(strapi.stateDir, 'preview-token'), 'utf8').trim());
  project.provide('admin', TEST_ADMIN);
  project.provide('database', usePostgres ? 'postgres' : 'sqlite');
  project.provide('postgresUrl', postgres?.url ?? '');
  project.provide('sqliteFile', usePostgres ? '' : join(strapi.stateDir, 'data.db'));
  project.provide('publisherPort', publisherPort);
  project.provide('previewPort', previewPort);
  project.provide('webhookSecret', WEBHOOK_SECRET);
}

export async function teardown(): Promise<void> {
  await strapi?.stop();
  postgres?.stop();
}
