// The publisher against the real CMS (cms test project: SQLite or
// PostgreSQL), with real builds and a real web server for the live folder.
// The CMS was started with its webhook pointing at this publisher's port.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../cms/scripts/free-port.ts';
import { adminJwt, contentManager, getAll, request } from '../../../cms/test/support/api.ts';
import { startStaticServer } from '../../serve/static-server.ts';
import { createCmsClient } from '../../snapshot/cms-client.ts';
import { takeSnapshot } from '../../snapshot/take-snapshot.ts';
import { startTestPublisher } from './test-publisher.ts';
import type { Publisher } from '../publisher.ts';
import { publisherStatus, settled as waitSettled } from './settle.ts';
import { FOUND_BY_REFRESH } from '../read-refresh.ts';

const KPI = '/collection-types/plugin::smart-data.kpi';
const TILE = '/collection-types/plugin::smart-data.tile';
const PAGE = '/collection-types/plugin::smart-data.page';

const FULL_READ_MS = 10_000;

let publisher: Publisher;
let web: Server;
let siteUrl: string;
let stateDir: string;
/** The publisher's log lines since the test began. */
let logged: string[] = [];
const secret = inject('webhookSecret');

const status = () => publisherStatus(publisher);
const settled = () => waitSettled(publisher);
const hook = (auth?: string) =>
  fetch(`${publisher.url}/hooks/strapi`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: '{"event":"entry.publish","uid":"test"}',
  });
type ApiToken = { id: number; name: string; permissions: string[] };
/** The build token as the admin's API-token screen sees it. */
async function buildToken(): Promise<ApiToken> {
  const token = await adminJwt();
  const list = await request<{ data: ApiToken[] }>('GET', '/admin/api-tokens', { token });
  const { id } = list.body.data.find((t) => t.name.startsWith('site-build'))!;
  return (await request<{ data: ApiToken }>('GET', `/admin/api-tokens/${id}`, { token })).body.data;
}
async function setTokenPermissions(id: number, permissions: string[]): Promise<void> {
  const res = await request('PUT', `/admin/api-tokens/${id}`, { token: await adminJwt(), body: { permissions } });
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
}
const served = async (path: string) => {
  const res = await fetch(`${siteUrl}${path}`);
  return { status: res.status, text: await res.text() };
};

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'sdd-publisher-'));
  publisher = await startTestPublisher(
    stateDir,
    // A full read may be built on for 10 s here: the tests below see it read again while idle.
    { PUBLISHER_MAX_BODY_BYTES: '100000', PUBLISHER_FULL_READ_MS: String(FULL_READ_MS) },
    (line) => {
      logged.push(line);
      if (process.env.DEBUG_PUB) console.error('[pub]', line);
    },
  );
  const port = await freePort();
  web = await startStaticServer(() => publisher.liveSiteDir() ?? stateDir, port);
  siteUrl = `http://127.0.0.1:${port}`;
  publisher.trigger('test: first build');
  await settled();
}, 180_000);

afterAll(async () => {
  await new Promise((r) => web?.close(r));
  await publisher?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('publisher', () => {
  it('makes the first build live and serves it', async () => {
    const s = await status();
    expect(s.live?.outcome).toBe('success');
    expect(s.live?.steps.map((step) => step.name)).toEqual(['snapshot', 'astro build + pagefind', 'checks', 'switch']);
    expect((await served('/')).status).toBe(200);
  });

  it('refuses a missing or wrong secret with 401 and builds nothing', async () => {
    const before = (await status()).history.length;
    expect((await hook()).status).toBe(401);
    expect((await hook('Bearer wrong-secret-wrong-secret-wrong-secret')).status).toBe(401);
    expect((await fetch(`${publisher.url}/builds`, { method: 'POST' })).status).toBe(401);
    // An accepted event is counted before its answer is sent: none is pending, so none was accepted.
    const after = await status();
    expect(after.history.length).toBe(before);
    expect(after.pendingEvents).toBe(0);
    expect(after.running).toBeNull();
  });

  it('refuses oversized bodies with 413', async () => {
    const big = 'x'.repeat(200_000); // PUBLISHER_MAX_BODY_BYTES is 100,000 here
    const res = await fetch(`${publisher.url}/hooks/strapi`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
      body: big,
    });
    // fetch declares the length: the publisher refuses before reading the body, and answers.
    expect(res.status).toBe(413);
    expect((await status()).pendingEvents).toBe(0);
  });

  // However slow the machine: the 50 calls end before the first build does (an Astro build takes seconds), and
  // the scheduler runs one build and queues at most one more, so they make one build or two.
  it('turns a burst of 50 webhook calls into at most two builds', async () => {
    await settled();
    const before = (await status()).history.length;
    const answers = await Promise.all(Array.from({ length: 50 }, () => hook(`Bearer ${secret}`).then((r) => r.status)));
    expect(answers).toEqual(Array.from({ length: 50 }, () => 202));
    await settled();
    const builds = (await status()).history.length - before;
    expect(builds).toBeGreaterThanOrEqual(1);
    expect(builds).toBeLessThanOrEqual(2);
  }, 120_000);

  it('shows a KPI changed and published in the CMS on the served site', async () => {
    const [kpi] = await getAll('kpis');
    const path = `/kennzahlen/${String(kpi!.code).toLowerCase()}/`;
    const name = `Geänderte Kennzahl ${Date.now()}`;
    const res = await contentManager('POST', `${KPI}/${kpi!.documentId}/actions/publish`, { name });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await expect.poll(async () => (await served(path)).text, { timeout: 90_000, interval: 1000 }).toContain(name);
    await settled();
  }, 120_000);

  /** The live build's snapshot, and everything published read from the CMS now; without their time of reading. */
  const liveAndFull = async () => {
    const live = JSON.parse(readFileSync(join(dirname(publisher.liveSiteDir()!), 'snapshot.json'), 'utf8'));
    const full = await takeSnapshot(createCmsClient(inject('cmsUrl'), inject('buildToken')), inject('cmsUrl'));
    return { live: { ...live, generatedAt: null }, full: { ...full, generatedAt: null } };
  };

  it('reads only a KPI published again, and that snapshot is what reading everything gives', async () => {
    await settled();
    const kpis = await getAll('kpis');
    // A KPI that tiles show: the tiles must still list it after its published version was replaced.
    const [tile] = (await getAll('tiles', 'populate[kpis][fields][0]=code')).filter(
      (t) => (t.kpis as unknown[]).length > 0,
    );
    const code = (tile!.kpis as { code: string }[])[0]!.code;
    const kpi = kpis.find((k) => k.code === code)!;
    logged = [];
    const name = `Nur diese Kennzahl ${Date.now()}`;
    const res = await contentManager('POST', `${KPI}/${kpi.documentId}/actions/publish`, { name });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await expect
      .poll(async () => (await served(`/kennzahlen/${code.toLowerCase()}/`)).text, { timeout: 90_000, interval: 500 })
      .toContain(name);
    await settled();
    expect(logged).toContain('snapshot: 1 KPI(s) read again, the rest kept from the last snapshot');
    const { live, full } = await liveAndFull();
    expect(live.kpis.find((k: { code: string }) => k.code === code).name).toBe(name);
    expect(live).toEqual(full);
  }, 120_000);

  it('reads everything after a webhook it could not read (too large): that change is not known', async () => {
    await settled();
    const big = await fetch(`${publisher.url}/hooks/strapi`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
      body: 'x'.repeat(200_000),
    });
    expect(big.status).toBe(413);
    const [kpi] = await getAll('kpis');
    logged = [];
    const name = `Nach einem ungelesenen Webhook ${Date.now()}`;
    expect((await contentManager('POST', `${KPI}/${kpi!.documentId}/actions/publish`, { name })).status).toBe(200);
    await expect
      .poll(async () => (await served(`/kennzahlen/${String(kpi!.code).toLowerCase()}/`)).text, { timeout: 90_000 })
      .toContain(name);
    await settled();
    expect(logged.some((line) => line.startsWith('snapshot: '))).toBe(false);
  }, 120_000);

  it('reads everything when the code of a KPI changed: the tiles that show it show the new code', async () => {
    await settled();
    const [tile] = (await getAll('tiles', 'populate[kpis][fields][0]=code')).filter(
      (t) => (t.kpis as unknown[]).length > 0,
    );
    const code = (tile!.kpis as { code: string }[])[0]!.code;
    const kpi = (await getAll('kpis')).find((k) => k.code === code)!;
    const renamed = `${code}-NEU`;
    logged = [];
    try {
      expect((await contentManager('POST', `${KPI}/${kpi.documentId}/actions/publish`, { code: renamed })).status).toBe(
        200,
      );
      await expect
        .poll(async () => (await served(`/kennzahlen/${renamed.toLowerCase()}/`)).status, { timeout: 90_000 })
        .toBe(200);
      await settled();
      expect(logged.some((line) => line.startsWith('snapshot: '))).toBe(false);
      const { live, full } = await liveAndFull();
      expect(live.tiles.find((t: { slug: string }) => t.slug === tile!.slug).kpis).toContain(renamed);
      expect(live).toEqual(full);
    } finally {
      await contentManager('POST', `${KPI}/${kpi.documentId}/actions/publish`, { code });
      await settled();
    }
  }, 180_000);

  /**
   * Runs `work` while the publisher's HTTP server is closed, as when the publisher is down or out of reach: the CMS's
   * webhooks in that time fail, and Strapi does not send them again.
   */
  async function unreachable(work: () => Promise<void>): Promise<void> {
    const { server } = publisher;
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
    try {
      await work();
    } finally {
      const { hostname, port } = new URL(publisher.url);
      await new Promise<void>((resolve) => server.listen(Number(port), hostname, resolve));
    }
  }

  it('finds a change whose webhook never came by reading everything while idle, and builds it', async () => {
    await settled();
    const [kpi] = await getAll('kpis');
    const path = `/kennzahlen/${String(kpi!.code).toLowerCase()}/`;
    const name = `Ohne Webhook veröffentlicht ${Date.now()}`;
    // Out of reach until the change is live: no webhook can arrive late and be the reason for the build.
    await unreachable(async () => {
      expect((await contentManager('POST', `${KPI}/${kpi!.documentId}/actions/publish`, { name })).status).toBe(200);
      await expect.poll(async () => (await served(path)).text, { timeout: 60_000, interval: 500 }).toContain(name);
      await publisher.idle();
    });
    await settled();
    expect((await status()).live!.reasons).toEqual([FOUND_BY_REFRESH]);
    const { live, full } = await liveAndFull();
    expect(live).toEqual(full);
  }, 120_000);

  it('reads only the KPI published after a quiet spell longer than a full read may be built on', async () => {
    await settled();
    const [kpi] = await getAll('kpis');
    await new Promise((resolve) => setTimeout(resolve, FULL_READ_MS * 1.5));
    logged = [];
    const name = `Nach einer Pause ${Date.now()}`;
    expect((await contentManager('POST', `${KPI}/${kpi!.documentId}/actions/publish`, { name })).status).toBe(200);
    await expect
      .poll(async () => (await served(`/kennzahlen/${String(kpi!.code).toLowerCase()}/`)).text, { timeout: 60_000 })
      .toContain(name);
    await settled();
    expect(logged).toContain('snapshot: 1 KPI(s) read again, the rest kept from the last snapshot');
    const { live, full } = await liveAndFull();
    expect(live).toEqual(full);
  }, 120_000);

  it('lists a draft saved in the CMS in /status with the reason, and builds nothing for it', async () => {
    await settled();
    const before = await status();
    const [kpi] = await getAll('kpis');
    const saved = await contentManager('PUT', `${KPI}/${kpi!.documentId}`, { description: `Entwurf ${Date.now()}` });
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200);
    await expect
      .poll(async () => (await status()).noBuildEventCount, { timeout: 30_000, interval: 300 })
      .toBeGreaterThan(before.noBuildEventCount);
    await settled();
    const after = await status();
    expect(after.noBuildEvents[0]!.reason).toBe(
      `Entwurf von Kennzahl ${String(kpi!.code)} gespeichert – keine Veröffentlichung nötig`,
    );
    expect(after.history.length).toBe(before.history.length);
    // Published again as it was, so the draft does not linger for the other tests.
    await contentManager('POST', `${KPI}/${kpi!.documentId}/actions/discard`, {});
    await settled();
  }, 120_000);

  it('keeps the previous site when a build fails, and reports the failure', async () => {
    await settled();
    const live = (await status()).live!.id;
    // Content can no longer break a build (the CMS refuses what the site
    // cannot build, e.g. a page named like a site section) …
    const refused = await contentManager('POST', `${PAGE}/actions/publish`, {
      title: 'Kaputt',
      slug: 'suche',
      kind: 'other',
      body: 'x',
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(400);
    // … so the build token loses read access to tiles for a moment instead.
    const token = await buildToken();
    const limited = token.permissions.filter((p) => !p.startsWith('plugin::smart-data.tile.'));
    expect(limited.length).toBeLessThan(token.permissions.length);
    await setTokenPermissions(token.id, limited);
    try {
      publisher.trigger('test: token without tile access');
      await expect
        .poll(async () => (await status()).lastFailure?.problems[0]?.message ?? '', { timeout: 90_000, interval: 1000 })
        .toMatch(/^Das CMS hat den Zugriffsschlüssel der Veröffentlichung abgelehnt \(HTTP 40[13]\)\.$/);
      // In German for the admin page; the technical detail (which URL) is for the log only.
      expect((await status()).lastFailure?.error).toMatch(/^Inhalte aus dem CMS lesen fehlgeschlagen: /);
      await settled();
      const s = await status();
      expect(s.live!.id).toBe(live);
      expect((await served('/')).status).toBe(200);
      expect((await served('/suche/')).text).toContain('Volltextsuche');
    } finally {
      await setTokenPermissions(token.id, token.permissions);
    }
  }, 180_000);

  it('removes an unpublished tile from the site after the next build', async () => {
    const [tile] = await getAll('tiles');
    const path = `/kacheln/${String(tile!.slug)}/`;
    expect((await served(path)).status).toBe(200);
    const res = await contentManager('POST', `${TILE}/${tile!.documentId}/actions/unpublish`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    try {
      await expect.poll(async () => (await served(path)).status, { timeout: 90_000, interval: 1000 }).toBe(404);
    } finally {
      await contentManager('POST', `${TILE}/${tile!.documentId}/actions/publish`, {});
      await settled();
    }
  }, 180_000);
});
