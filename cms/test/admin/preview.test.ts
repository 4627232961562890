// The draft preview as an editor (role "Redaktion") meets it in the real
// admin: changes a KPI's value in the value table and a tile's title, saves
// without publishing, presses "Vorschau öffnen" and sees the new value and
// title in the site the preview server built from the drafts — while the live
// site still shows the old ones and no live build ran. Then the doors: the
// preview without its signed link (401), with an expired or forged one (403),
// the draft routes of the CMS for anyone but the preview token (403), and a
// non-public agenda item, which stays out of the preview of its session.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signPreviewToken } from '@sdd/shared-types/preview-link';
import { freePort } from '../../scripts/free-port.ts';
import { startStaticServer } from '../../../scripts/serve/static-server.ts';
import { publisherConfig } from '../../../scripts/publisher/config.ts';
import { previewConfig } from '../../../scripts/publisher/preview-config.ts';
import { startPublisher, type Publisher } from '../../../scripts/publisher/publisher.ts';
import { publisherStatus, settled as liveSettled } from '../../../scripts/publisher/test/settle.ts';
import { contentManager, getAll, getPublic } from '../support/api.ts';
import { validKpi } from '../support/valid-kpi.ts';
import { contentManagerUrl, screenshot, useEditorSession } from './support/admin-browser.ts';

const KPI = 'plugin::smart-data.kpi';
const TILE = 'plugin::smart-data.tile';
const MEETING = 'plugin::smart-data.meeting';
const CODE = 'PRV-01';
const NEW_TITLE = 'Radverkehr – Entwurf für die Vorschau';
const SECRET_ITEM = 'Grundstücksverkauf Vorschau-Geheim';
const PUBLIC_ITEM = 'Radwegenetz Vorschau-Öffentlich';
// The admin and a build on a loaded two-core machine are slow; every wait is for a state.
const POLL = { timeout: 240_000, interval: 250 };

const obs = (period: string, value: number) => ({ period, series: 'Insgesamt', value, provisional: false });

let publisher: Publisher;
let web: Server;
let liveUrl: string;
let stateDir: string;
let kpiId: string;
let meetingId: string;
let tile: { documentId: string; slug: string; title: string };

const live = async (path: string) => (await fetch(`${liveUrl}${path}`)).text();
const previewBase = () => `http://127.0.0.1:${inject('previewPort')}`;

/** Presses "Vorschau öffnen" in the edit view; returns the frame showing the preview and the link it was given. */
async function openPreview(page: Page): Promise<{ frame: FrameLocator; link: string }> {
  const button = page
    .getByRole('link', { name: 'Vorschau öffnen' })
    .or(page.getByRole('button', { name: 'Vorschau öffnen' }));
  await button.click();
  await page.waitForURL(/\/preview/);
  const iframe = page.locator('iframe').first();
  await iframe.waitFor();
  return { frame: page.frameLocator('iframe'), link: (await iframe.getAttribute('src')) ?? '' };
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await page
    .getByText(/Gespeichert|Saved/)
    .first()
    .waitFor();
}

describe('preview of drafts', { timeout: 300_000 }, () => {
  const session = useEditorSession({ beforeAll, afterAll });

  beforeAll(async () => {
    const created = await contentManager<{ data: { documentId: string } }>(
      'POST',
      `/collection-types/${KPI}/actions/publish`,
      {
        ...validKpi(CODE, [obs('2022', 100), obs('2023', 120)]),
        name: 'Vorschau-Testkennzahl',
        unit: 'Personen',
        decimals: 0,
      },
    );
    expect([200, 201], JSON.stringify(created.body)).toContain(created.status);
    kpiId = created.body.data.documentId;
    const [first] = await getAll('tiles', 'sort=order');
    tile = first as unknown as typeof tile;
    const [body] = await getAll('bodies');
    // A session that exists only as a draft, with one public and one non-public agenda item.
    const item = (number: string, title: string, isPublic: boolean) => ({
      number,
      title,
      public: isPublic,
      consultationType: 'decision',
      climateImpact: 'low',
      causesCosts: false,
    });
    const meeting = await contentManager<{ data: { documentId: string } }>('POST', `/collection-types/${MEETING}`, {
      title: 'Vorschau-Sitzung des Umweltsenats',
      start: '2026-12-10T15:00:00.000Z',
      meetingStatus: 'invitation',
      body: { connect: [{ documentId: body!.documentId }] },
      agendaItems: [item('1', PUBLIC_ITEM, true), item('2', SECRET_ITEM, false)],
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    meetingId = meeting.body.data.documentId;

    stateDir = mkdtempSync(join(tmpdir(), 'sdd-preview-'));
    const env = {
      ...process.env,
      PUBLISHER_PORT: String(inject('publisherPort')),
      PREVIEW_PORT: String(inject('previewPort')),
      PUBLISHER_STATE_DIR: stateDir,
      PUBLISHER_DEBOUNCE_MS: '800',
      CMS_URL: inject('cmsUrl'),
      CMS_TOKEN: inject('buildToken'),
      CMS_PREVIEW_TOKEN: inject('previewToken'),
      SDD_WEBHOOK_SECRET: inject('webhookSecret'),
    };
    publisher = await startPublisher(publisherConfig(env), () => {}, previewConfig(env));
    const port = await freePort();
    web = await startStaticServer(() => publisher.liveSiteDir() ?? stateDir, port);
    liveUrl = `http://127.0.0.1:${port}`;
    publisher.trigger('test: first build');
    await liveSettled(publisher);
    await publisher.preview!.idle();
    expect((await publisherStatus(publisher)).live?.outcome).toBe('success');
  }, 600_000);

  afterAll(async () => {
    if (web) await new Promise((r) => web.close(r));
    await publisher?.stop();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    // Back to the published versions: other test files read the demo tile. (Once more on a
    // dropped connection: the CMS may close an idle keep-alive socket just as it is reused.)
    const cleanUp = async (method: string, path: string) => {
      await contentManager(method, path).catch(() => contentManager(method, path));
    };
    if (tile) await cleanUp('POST', `/collection-types/${TILE}/${tile.documentId}/actions/discard`);
    if (kpiId) await cleanUp('DELETE', `/collection-types/${KPI}/${kpiId}`);
    if (meetingId) await cleanUp('DELETE', `/collection-types/${MEETING}/${meetingId}`);
  });

  it('shows a KPI value changed in the value table and saved, not published; the live site keeps the old one', async () => {
    const { page } = session();
    const liveBuilds = (await publisherStatus(publisher)).history.length;
    await page.goto(contentManagerUrl(KPI, kpiId));
    await page.getByRole('button', { name: 'Werte-Tabelle öffnen' }).click();
    await page.getByRole('dialog').getByLabel('2023, Insgesamt', { exact: true }).fill('4711');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Übernehmen/ })
      .click();
    await expect.poll(() => page.getByRole('dialog').count(), POLL).toBe(0);
    await save(page);

    const { frame, link } = await openPreview(page);
    expect(link).toMatch(
      new RegExp(`^${previewBase()}/kennzahlen/prv-01/\\?vorschau=\\d+\\.[A-Za-z0-9_-]{43}&stand=\\d+$`),
    );
    await frame.getByText('Vorschau – nicht veröffentlicht').first().waitFor({ timeout: POLL.timeout });
    await expect.poll(() => frame.locator('main').textContent(), POLL).toContain('4.711');
    await screenshot(page, 'preview-kpi-in-admin');

    const livePage = await live('/kennzahlen/prv-01/');
    const liveCodes = async () =>
      (JSON.parse(await live('/daten/snapshot.json')) as { kpis: { code: string }[] }).kpis
        .map((k) => k.code)
        .join(' ');
    expect(
      livePage,
      `live KPIs: ${await liveCodes()}; status: ${JSON.stringify((await publisherStatus(publisher)).live)}`,
    ).toContain('Vorschau-Testkennzahl');
    expect(livePage).not.toContain('4.711');
    expect(livePage).not.toContain('Vorschau – nicht veröffentlicht');
    // A saved draft started no live build: the preview never takes the live site's turn.
    await publisher.idle();
    expect((await publisherStatus(publisher)).history.length).toBe(liveBuilds);
  });

  it("shows a tile's new title after saving, and the next save after a reload", async () => {
    const { page } = session();
    await page.goto(contentManagerUrl(TILE, tile.documentId));
    await page.locator('input[name="title"]').fill(NEW_TITLE);
    await save(page);
    const { frame } = await openPreview(page);
    await expect.poll(() => frame.locator('h1').first().textContent(), POLL).toContain(NEW_TITLE);
    await screenshot(page, 'preview-tile-in-admin');
    expect(await live(`/kacheln/${tile.slug}/`)).toContain(tile.title);
    expect(await live(`/kacheln/${tile.slug}/`)).not.toContain(NEW_TITLE);

    // The next save: a reload of the preview shows it.
    await page.goto(contentManagerUrl(TILE, tile.documentId));
    await page.locator('input[name="title"]').fill(`${NEW_TITLE} (2)`);
    await save(page);
    const again = await openPreview(page);
    await page.reload();
    await expect.poll(() => again.frame.locator('h1').first().textContent(), POLL).toContain(`${NEW_TITLE} (2)`);
  });

  it('answers 401 without the signed link and 403 with an expired or forged one', async () => {
    const path = `${previewBase()}/kacheln/${tile.slug}/`;
    const bare = await fetch(path);
    expect(bare.status).toBe(401);
    expect(await bare.text()).not.toContain(NEW_TITLE);
    const expired = signPreviewToken(inject('webhookSecret'), new Date(Date.now() - 2 * 3600_000), 3600);
    const forged = signPreviewToken('not-the-secret-not-the-secret-not-the-secret');
    for (const token of [expired, forged]) {
      const res = await fetch(`${path}?vorschau=${token}`, { redirect: 'manual' });
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain(NEW_TITLE);
    }
    // The live server never serves the preview, with or without a token.
    expect(await live(`/kacheln/${tile.slug}/?vorschau=${signPreviewToken(inject('webhookSecret'))}`)).not.toContain(
      NEW_TITLE,
    );
  });

  it('keeps a non-public agenda item out of the preview of its session', async () => {
    const { page } = session();
    await page.goto(contentManagerUrl(MEETING, meetingId));
    const { frame } = await openPreview(page);
    await expect.poll(() => frame.locator('main').textContent(), POLL).toContain(PUBLIC_ITEM);
    expect(await frame.locator('html').textContent()).not.toContain(SECRET_ITEM);
    await screenshot(page, 'preview-meeting-in-admin');
    // Nor anywhere else in the preview: its open-data snapshot.
    const context = page.context();
    const data = await context.request.get(`${previewBase()}/daten/snapshot.json`);
    expect(data.status()).toBe(200);
    const text = await data.text();
    expect(text).toContain(PUBLIC_ITEM);
    expect(text).not.toContain(SECRET_ITEM);
    // A session that was never published is not on the live site.
    expect(await live('/gremien/')).not.toContain('Vorschau-Sitzung');
  });

  it('marks every preview page noindex, with the banner, also on a phone', async () => {
    const { page } = session();
    const phone = await page.context().newPage();
    await phone.setViewportSize({ width: 320, height: 800 });
    const res = await phone.goto(
      `${previewBase()}/kennzahlen/prv-01/?vorschau=${signPreviewToken(inject('webhookSecret'))}`,
    );
    expect(res?.status()).toBe(200);
    expect(res?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    expect(await phone.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    expect(new URL(phone.url()).search).toBe(''); // the token left the address bar
    await phone.getByText('Vorschau – nicht veröffentlicht').first().waitFor();
    // Links within the preview stay in the preview (the cookie carries the token).
    await phone.goto(`${previewBase()}/kacheln/${tile.slug}/`);
    expect(await phone.locator('h1').first().textContent()).toContain(NEW_TITLE);
    expect(await (await phone.request.get(`${previewBase()}/robots.txt`)).text()).toContain('Disallow: /');
    // No full-text index in a preview build: the search page says so, in German, and loads no Pagefind.
    await phone.goto(`${previewBase()}/suche/`);
    await expect
      .poll(() => phone.locator('main').textContent())
      .toContain('In der Vorschau ist die Volltextsuche nicht verfügbar');
    expect(await phone.locator('script[src*="pagefind"]').count()).toBe(0);
    expect((await phone.request.get(`${previewBase()}/pagefind/pagefind-ui.js`)).status()).toBe(404);
    await screenshot(phone, 'preview-search-320');
    // The open-data archive is there, stored instead of deflated (a ZIP all the same).
    const zip = await phone.request.get(`${previewBase()}/daten/offene-daten.zip`);
    expect(zip.status()).toBe(200);
    expect((await zip.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    await phone.screenshot({
      path: (await screenshot(phone, 'preview-tile-320')).replace(/\.png$/, '-full.png'),
      fullPage: true,
    });
    await phone.close();
  });

  it("opens the CMS's draft routes to the preview token only, and hides non-public agenda items there too", async () => {
    const draftKpi = `/api/preview/kpis?filters[code][$eq]=${CODE}&populate=observations`;
    expect((await getPublic(draftKpi)).status).toBe(403);
    expect((await getPublic(draftKpi, inject('buildToken'))).status).toBe(403);
    expect((await getPublic(draftKpi, inject('importToken'))).status).toBe(403);
    const drafts = await getPublic<{ data: Array<{ observations: Array<{ value: number }> }> }>(
      draftKpi,
      inject('previewToken'),
    );
    expect(drafts.status).toBe(200);
    expect(drafts.body.data[0]!.observations.map((o) => o.value)).toContain(4711);
    // The preview token asking the public routes for drafts still gets the published version.
    const published = await getPublic<{ data: Array<{ observations: Array<{ value: number }> }> }>(
      `/api/kpis?status=draft&filters[code][$eq]=${CODE}&populate=observations`,
      inject('previewToken'),
    );
    expect(published.body.data[0]!.observations.map((o) => o.value)).not.toContain(4711);
    // Drafts of sessions: non-public items are removed, and cannot be searched for.
    const meetings = await getPublic(`/api/preview/meetings?populate[agendaItems]=true`, inject('previewToken'));
    expect(meetings.status).toBe(200);
    expect(JSON.stringify(meetings.body)).toContain(PUBLIC_ITEM);
    expect(JSON.stringify(meetings.body)).not.toContain(SECRET_ITEM);
    const probe = await getPublic(
      `/api/preview/meetings?filters[agendaItems][title][$contains]=Geheim`,
      inject('previewToken'),
    );
    expect(probe.status).toBe(400);
    // Strapi's preview-link route: a link for a type with a page of its own, none for one without (SDGs).
    const link = await contentManager<{ data: { url?: string } }>('GET', `/preview/url/${KPI}?documentId=${kpiId}`);
    expect(link.body.data.url).toMatch(new RegExp(`^${previewBase()}/kennzahlen/prv-01/\\?vorschau=`));
    const [sdg] = await getAll('sdgs');
    expect(
      (await contentManager('GET', `/preview/url/plugin::smart-data.sdg?documentId=${sdg!.documentId}`)).status,
    ).toBe(204);
    // No writes there.
    const write = await fetch(`${inject('cmsUrl')}/api/preview/kpis`, {
      method: 'POST',
      headers: { authorization: `Bearer ${inject('previewToken')}`, 'content-type': 'application/json' },
      body: '{"data":{}}',
    });
    expect([403, 404, 405]).toContain(write.status);
  });
});
