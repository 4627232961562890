// A CMS of its own, started twice on one state folder: file modes after a
// fresh start and after a start on an installation with loose modes, the
// generated admin password never in the log, the per-client rate limit and
// credentialed CORS for the configured origins.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrapi, type RunningStrapi } from '../../scripts/launch-strapi.ts';

const RATE_LIMIT = 5;
const env = {
  PUBLIC_URL: 'https://cms.example.org',
  CORS_ORIGINS: 'https://redaktion.example.org',
  API_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
  SDD_DEMO_DATA: 'false',
};
const work = mkdtempSync(join(tmpdir(), 'sdd-hardening-'));
const stateDir = join(work, 'state');
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
const PRIVATE_FILES = ['data.db', 'build-token', 'import-token', 'preview-token', 'admin-login.json'];
let strapi: RunningStrapi | undefined;
let firstLog = '';

beforeAll(async () => {
  // The folder exists already, as a backup restored with default modes would.
  mkdirSync(stateDir, { mode: 0o755 });
  chmodSync(stateDir, 0o755);
  strapi = await startStrapi({ stateDir, env });
  firstLog = readFileSync(strapi.logFile, 'utf8');
}, 240_000);

afterAll(async () => {
  await strapi?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('a fresh installation', () => {
  it('keeps its state folder 700 and the database, tokens and admin login 600', () => {
    expect(mode(stateDir)).toBe('700');
    for (const file of PRIVATE_FILES) expect(`${file} ${mode(join(stateDir, file))}`).toBe(`${file} 600`);
  });

  it('never writes the generated admin password into the log', () => {
    const { password } = JSON.parse(readFileSync(join(stateDir, 'admin-login.json'), 'utf8')) as { password: string };
    expect(firstLog).toContain('admin-login.json');
    expect(firstLog).not.toContain(password);
  });
});

describe('the public API rate limit', () => {
  it('answers 429 with Retry-After and a German message once a client exceeds its budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT; i++) statuses.push((await fetch(`${strapi!.url}/api/kpis`)).status);
    expect(statuses).toEqual(Array(RATE_LIMIT).fill(200));
    const refused = await fetch(`${strapi!.url}/api/kpis`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /Zu viele Anfragen.*API_RATE_LIMIT_PER_MINUTE/,
    );
  });

  it('does not limit a valid API token (the site build), and a made-up token is no way around it', async () => {
    const token = readFileSync(join(stateDir, 'build-token'), 'utf8').trim();
    for (let i = 0; i < RATE_LIMIT + 3; i++)
      expect((await fetch(`${strapi!.url}/api/kpis`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
        200,
      );
    const forged = await fetch(`${strapi!.url}/api/kpis`, { headers: { authorization: 'Bearer made-up' } });
    expect(forged.status).toBe(401);
    expect((await fetch(`${strapi!.url}/api/kpis`)).status).toBe(429);
  });

  it('leaves the admin alone', async () => {
    expect((await fetch(`${strapi!.url}/admin/init`)).status).toBe(200);
  });

  it("keeps Strapi's guard against password guessing: the sixth login attempt within 5 minutes is refused", async () => {
    const attempt = () =>
      fetch(`${strapi!.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'guess@example.org', password: 'Wrong-Passw0rd' }),
      });
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(400);
    expect((await attempt()).status).toBe(429);
  });
});

describe('credentialed CORS', () => {
  it('is granted to PUBLIC_URL and CORS_ORIGINS only', async () => {
    for (const origin of ['https://cms.example.org', 'https://redaktion.example.org']) {
      const res = await fetch(`${strapi!.url}/admin/access-token`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    }
    const sibling = await fetch(`${strapi!.url}/admin/access-token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://daten.example.org', 'access-control-request-method': 'POST' },
    });
    expect(sibling.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('an existing installation with loose modes', () => {
  it('is tightened on the next start: folder 700, every file in it 600', async () => {
    await strapi!.stop();
    chmodSync(stateDir, 0o755);
    for (const file of readdirSync(stateDir)) chmodSync(join(stateDir, file), 0o644);
    strapi = await startStrapi({ stateDir, env });
    expect(mode(stateDir)).toBe('700');
    for (const file of readdirSync(stateDir)) {
      if (statSync(join(stateDir, file)).isFile()) expect(`${file} ${mode(join(stateDir, file))}`).toBe(`${file} 600`);
    }
  }, 240_000);
});
