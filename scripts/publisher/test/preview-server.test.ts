// The preview server's door: the signed link opens it (once, then a cookie),
// nothing else does; every answer says noindex and may be framed by the CMS only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPreviewToken } from '@sdd/shared-types/preview-link';
import { createPreviewServer } from '../preview-server.ts';
import type { PreviewState } from '../preview-runner.ts';

const SECRET = 'preview-test-secret-of-at-least-32-characters';
let dir: string;
let server: Server;
let base: string;
let state: PreviewState = { due: false, running: false, last: null, lastStartedAt: 0 };
let triggered = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdd-preview-'));
  mkdirSync(join(dir, 'kennzahlen', 'kli-01'), { recursive: true });
  writeFileSync(join(dir, 'kennzahlen', 'kli-01', 'index.html'), '<p>Entwurf KLI-01</p>');
  writeFileSync(join(dir, '404.html'), '<p>Seite nicht gefunden</p>');
  server = createPreviewServer({
    secret: SECRET,
    siteDir: () => dir,
    state: () => state,
    trigger: () => triggered++,
    settled: async () => {},
    waitMs: 100,
    frameAncestors: 'http://127.0.0.1:1337',
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, cookie?: string) =>
  fetch(`${base}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

describe('preview server', () => {
  it('answers 401 without a token, with a German hint to the CMS button', async () => {
    const res = await get('/kennzahlen/kli-01/');
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(text).toContain('Knopf „Vorschau“ im CMS');
    expect(text).not.toContain('Entwurf KLI-01');
  });

  it('answers 403 for an expired, forged or foreign token, in the link and in the cookie', async () => {
    const expired = signPreviewToken(SECRET, new Date(Date.now() - 2 * 3600_000), 3600);
    const foreign = signPreviewToken('another-secret-another-secret-another-secret');
    for (const token of [expired, foreign, 'garbage']) {
      const viaLink = await get(`/kennzahlen/kli-01/?vorschau=${token}`);
      expect(viaLink.status).toBe(403);
      expect(await viaLink.text()).not.toContain('Entwurf KLI-01');
      expect((await get('/kennzahlen/kli-01/', `sdd_vorschau=${token}`)).status).toBe(403);
    }
    expect(await (await get(`/kennzahlen/kli-01/?vorschau=${expired}`)).text()).toContain('abgelaufen');
  });

  it('turns a valid link into an HttpOnly cookie and a redirect without the token', async () => {
    const token = signPreviewToken(SECRET);
    const res = await get(`/kennzahlen/kli-01/?vorschau=${token}&x=1`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/kennzahlen/kli-01/?x=1');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^sdd_vorschau=[^;]+; Path=\/; Max-Age=(3599|3600); HttpOnly; SameSite=Lax$/);
    const page = await get('/kennzahlen/kli-01/', cookie.split(';')[0]);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Entwurf KLI-01');
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'self' http://127.0.0.1:1337");
    // Nothing outside the preview folder, even with the cookie.
    const outside = await get('/../../../etc/passwd', cookie.split(';')[0]);
    expect(await outside.text()).not.toContain('root:');
  });

  it('shows why the newest preview failed instead of an outdated page', async () => {
    const cookie = `sdd_vorschau=${signPreviewToken(SECRET)}`;
    state = {
      due: false,
      running: false,
      last: {
        id: 'x',
        outcome: 'failure',
        finishedAt: '',
        ms: 1,
        error: 'snapshot: KPI KLI-01 → unit: required',
        steps: [],
      },
      lastStartedAt: 0,
    };
    const res = await get('/kennzahlen/kli-01/', cookie);
    expect(res.status).toBe(502);
    const text = await res.text();
    expect(text).toContain('Die Vorschau konnte nicht erstellt werden');
    expect(text).toContain('KLI-01 → unit: required');
    state = { due: false, running: false, last: null, lastStartedAt: 0 };
  });

  it('starts a preview build when the link says the entry was saved after the newest preview began', async () => {
    const token = signPreviewToken(SECRET);
    state = { ...state, lastStartedAt: 2_000 };
    const before = triggered;
    const older = await get(`/kennzahlen/kli-01/?vorschau=${token}&stand=1999`);
    expect(triggered).toBe(before); // the newest preview already has it
    expect(older.headers.get('location')).toBe('/kennzahlen/kli-01/');
    const newer = await get(`/kennzahlen/kli-01/?vorschau=${token}&stand=2000`);
    expect(triggered).toBe(before + 1);
    expect(newer.headers.get('location')).toBe('/kennzahlen/kli-01/');
    // Only with a valid token.
    await get(`/kennzahlen/kli-01/?vorschau=garbage&stand=9999999999999`);
    expect(triggered).toBe(before + 1);
    state = { ...state, lastStartedAt: 0 };
  });

  it('answers a page request with a self-reloading "Vorschau wird erstellt" while a build is still due, never an outdated page', async () => {
    const cookie = `sdd_vorschau=${signPreviewToken(SECRET)}`;
    state = { ...state, running: true };
    const res = await get('/kennzahlen/kli-01/', cookie);
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).toContain('Vorschau wird erstellt');
    expect(text).toContain('http-equiv="refresh"');
    expect(text).not.toContain('Entwurf KLI-01');
    // Files other than pages are served meanwhile (a page being shown keeps its styles).
    writeFileSync(join(dir, 'style.css'), 'p{}');
    expect((await get('/style.css', cookie)).status).toBe(200);
    state = { ...state, running: false };
  });

  it('refuses writes', async () => {
    const res = await fetch(`${base}/kennzahlen/kli-01/`, {
      method: 'POST',
      headers: { cookie: `sdd_vorschau=${signPreviewToken(SECRET)}` },
    });
    expect(res.status).toBe(405);
  });
});
