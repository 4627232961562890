// Upgrading an installation whose sessions still have the reserved `status`
// column: the migration renames it, every session keeps its status (draft
// and published rows), and the API serves it as `meetingStatus`. A second
// CMS runs on its own database (SQLite file, or a database in the test's
// PostgreSQL cluster), seeded with the demo data, then turned back into the
// old layout — column and Strapi's stored schema — and started again.
import { runProgram } from '../../../scripts/test/run-script.ts';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { startStrapi, type DatabaseEnv } from '../../scripts/launch-strapi.ts';
import { demoData } from '../../src/demo-data/index.ts';
import { findPostgresBin } from '../support/postgres-cluster.ts';

const MIGRATION = '2026.12.02T00.00.00.meeting-status-rename.js';
const oldLayout = (postgres: boolean) => [
  'ALTER TABLE sdd_meetings RENAME COLUMN meeting_status TO status',
  `DELETE FROM strapi_migrations WHERE name = '${MIGRATION}'`,
  // Strapi's record of the schema it last synced, as the old version left it.
  postgres
    ? `UPDATE strapi_database_schema SET schema = REPLACE(schema::text, '"meeting_status"', '"status"')::json`
    : `UPDATE strapi_database_schema SET schema = REPLACE(schema, '"meeting_status"', '"status"')`,
];
const ROWS =
  'SELECT slug, meeting_status AS "meetingStatus", published_at AS "publishedAt" FROM sdd_meetings ORDER BY slug';

type Row = { slug: string; meetingStatus: string | null; publishedAt: unknown };

interface TestDatabase {
  env: DatabaseEnv;
  run(statements: string[]): Promise<void>;
  rows(sql: string): Promise<Row[]>;
  drop(): Promise<void>;
}

/** Runs SQL with psql (the cluster's own client): rows as "a|b" lines. */
async function psql(url: string, sql: string): Promise<string[]> {
  const result = await runProgram(join(findPostgresBin()!, 'psql'), [
    url,
    '-v',
    'ON_ERROR_STOP=1',
    '-At',
    '-F',
    '|',
    '-c',
    sql,
  ]);
  if (result.code !== 0) throw new Error(`psql: ${result.err}`);
  return result.out.split('\n').filter(Boolean);
}

async function testDatabase(stateDir: string): Promise<TestDatabase> {
  if (inject('database') !== 'postgres') {
    const file = join(stateDir, 'upgrade.db');
    const withDb = <T>(work: (db: DatabaseSync) => T): T => {
      const db = new DatabaseSync(file);
      try {
        return work(db);
      } finally {
        db.close();
      }
    };
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
      async run(statements) {
        withDb((db) => statements.forEach((sql) => db.exec(sql)));
      },
      async rows(sql) {
        return withDb((db) => db.prepare(sql).all() as unknown as Row[]);
      },
      async drop() {},
    };
  }
  const cluster = inject('postgresUrl');
  const name = `upgrade_${randomBytes(4).toString('hex')}`;
  await psql(cluster, `CREATE DATABASE ${name}`);
  const url = new URL(cluster);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    async run(statements) {
      for (const sql of statements) await psql(url.toString(), sql);
    },
    async rows(sql) {
      return (await psql(url.toString(), sql)).map((line) => {
        const [slug, meetingStatus, publishedAt] = line.split('|');
        return { slug: slug!, meetingStatus: meetingStatus || null, publishedAt: publishedAt || null };
      });
    },
    async drop() {
      await psql(cluster, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

describe('upgrade: meeting status column renamed', () => {
  it('keeps every session status through the migration', { timeout: 900_000 }, async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'sdd-upgrade-'));
    const database = await testDatabase(stateDir);
    try {
      const first = await startStrapi({ database: database.env, stateDir, timeoutMs: 400_000 });
      await first.stop();
      const seeded = await database.rows(ROWS);
      const expected = new Map(demoData.meetings.map((m) => [m.slug, m.status]));
      expect(seeded.length).toBeGreaterThanOrEqual(demoData.meetings.length);
      await database.run(oldLayout(inject('database') === 'postgres'));

      const upgraded = await startStrapi({ database: database.env, stateDir, timeoutMs: 400_000 });
      try {
        const rows = await database.rows(ROWS);
        expect(rows.map((r) => [r.slug, r.meetingStatus])).toEqual(seeded.map((r) => [r.slug, expected.get(r.slug)]));
        const res = await fetch(
          `${upgraded.url}/api/meetings?pagination[pageSize]=100&fields[0]=slug&fields[1]=meetingStatus`,
        );
        const served = ((await res.json()) as { data: Array<{ slug: string; meetingStatus: string }> }).data;
        expect(served.length).toBeGreaterThan(0);
        for (const m of served) expect(m.meetingStatus, m.slug).toBe(expected.get(m.slug));
      } finally {
        await upgraded.stop();
      }
    } finally {
      await database.drop();
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
