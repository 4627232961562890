// Starts one CMS for all integration tests: on SQLite, or on a private
// PostgreSQL cluster when SDD_TEST_DB=postgres. Tests read the URL, the build
// token and the admin login through inject().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStrapi, type RunningStrapi } from '../../scripts/launch-strapi.ts';
import { startPostgres, type PostgresCluster } from './postgres-cluster.ts';

const TEST_ADMIN = { email: 'test-admin@example.org', password: 'Test-Admin-Passw0rd' };

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    buildToken: string;
    admin: { email: string; password: string };
    database: string;
  }
}

let strapi: RunningStrapi | undefined;
let postgres: PostgresCluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  const usePostgres = process.env.SDD_TEST_DB === 'postgres';
  if (usePostgres) postgres = await startPostgres();
  const admin = { ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password };
  strapi = await startStrapi({ env: admin, ...(postgres ? { database: { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgres.url } } : {}) });
  project.provide('cmsUrl', strapi.url);
  project.provide('buildToken', readFileSync(join(strapi.stateDir, 'build-token'), 'utf8').trim());
  project.provide('admin', TEST_ADMIN);
  project.provide('database', usePostgres ? 'postgres' : 'sqlite');
}

export async function teardown(): Promise<void> {
  await strapi?.stop();
  postgres?.stop();
}
