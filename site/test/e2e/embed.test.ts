// The embed pages (/einbetten/…) as another website shows them: without
// JavaScript, inside an iframe of the snippet's fixed height, framed from
// another origin (allowed there, refused on every other page), and not
// passed off as pages of their own (noindex, canonical, not in the sitemap).
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { htmlPages, pathOf } from '../../../scripts/publisher/built-site.ts';
import { EMBED_SECURITY_HEADERS, SECURITY_HEADERS } from '../../../scripts/serve/security-headers.ts';
import { EMBED_IMAGE_HEIGHT, embedHeight } from '../../src/lib/embed.ts';
import { launchBrowser } from '../support/browser.ts';
import { expectFraming } from '../support/framing.ts';

const base = inject('siteUrl');
const dir = inject('siteDir');
const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as {
  kpis: { code: string; name: string }[];
  tiles: { slug: string; title: string; kpis: string[] }[];
};
const kpiCode = snapshot.kpis[0]!.code.toLowerCase();
const tile = snapshot.tiles.find((t) => t.kpis.length > 1) ?? snapshot.tiles[0]!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Headers of one raw request (no URL normalisation by the client). */
const rawHeaders = (path: string) =>
  new Promise<Record<string, string | string[] | undefined>>((ok, fail) => {
    request(`${base}${path}`, (res) => {
      res.resume().on('end', () => ok(res.headers));
    })
      .on('error', fail)
      .end();
  });

describe('embed pages', () => {
  it('exist for every KPI and tile, and nothing else; not in the sitemap', async () => {
    const embeds = htmlPages(dir)
      .map((f) => pathOf(dir, f))
      .filter((p) => p.startsWith('/einbetten/'))
      .sort();
    const expected = [
      ...snapshot.kpis.map((k) => `/einbetten/kennzahlen/${k.code.toLowerCase()}/`),
      ...snapshot.tiles.map((t) => `/einbetten/kacheln/${t.slug}/`),
    ].sort();
    expect(embeds).toEqual(expected);
    expect(await (await fetch(`${base}/sitemap.xml`)).text()).not.toContain('/einbetten/');
  });

  it('work without JavaScript: figure, values, source, licence and a link back to the full page in the top window', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, full, count] of [
      [`/einbetten/kennzahlen/${kpiCode}/`, `/kennzahlen/${kpiCode}/`, 1],
      [`/einbetten/kacheln/${tile.slug}/`, `/kacheln/${tile.slug}/`, tile.kpis.length],
    ] as const) {
      await page.goto(`${base}${path}`);
      expect(await page.locator('script').count(), path).toBe(0);
      expect(await page.locator('.site-header, .site-footer, nav').count(), path).toBe(0);
      expect(await page.locator('meta[name="robots"]').getAttribute('content'), path).toBe('noindex');
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname, path).toBe(full);
      expect(await page.locator('[data-pagefind-body]').count(), path).toBe(0);
      expect(await page.locator('h1 a').getAttribute('href'), path).toBe(full);
      await expect.poll(() => page.locator('.figure').count(), { message: path }).toBe(count);
      expect((await page.locator('.figure').first().textContent())?.trim(), path).toMatch(/\d/);
      const meta = (await page.locator('.embed-meta').allTextContents()).join(' ');
      for (const word of ['Quelle', 'Lizenz']) expect(meta, path).toContain(word);
      expect((await page.locator('.figure .unit').first().textContent())?.trim(), path).not.toBe('');
      // The values: the table behind its disclosure opens without a script.
      await page.locator('summary').first().click();
      expect(await page.locator('table').first().isVisible(), path).toBe(true);
      expect(await page.locator('tbody tr').count(), path).toBeGreaterThan(1);
      // Every link leaves the iframe: the full site refuses to be framed.
      expect(await page.locator('base').getAttribute('target'), path).toBe('_top');
      expect(await page.locator('a[target]:not([target="_top"])').count(), path).toBe(0);
      const back = page.locator('a.back, .back a');
      expect(await back.getAttribute('href'), path).toBe(full);
      expect(await back.getAttribute('target'), path).toBe('_top');
      // Where the build makes the chart image, the page shows it with a text alternative.
      const image = page.locator('img.chart-image');
      if (await image.count()) {
        expect(await image.getAttribute('alt'), path).toMatch(/^Diagramm: .+Tabelle/);
        expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), path).toBe(true);
      }
    }
    await context.close();
  });

  it('fit the snippet’s fixed height at 320 px and on a desktop (table closed)', async () => {
    const page = await browser.newPage();
    const tooTall: string[] = [];
    // Every tile; of the KPIs (all laid out alike) the 40 with the longest names, which wrap most.
    const kpis = [...snapshot.kpis].sort((a, b) => b.name.length - a.name.length).slice(0, 40);
    const cases = [
      ...snapshot.tiles.map((t) => [`/einbetten/kacheln/${t.slug}/`, t.kpis.length] as const),
      ...kpis.map((k) => [`/einbetten/kennzahlen/${k.code.toLowerCase()}/`, 1] as const),
    ];
    for (const width of [320, 800]) {
      for (const [path, count] of width === 320 ? cases : cases.slice(0, 20)) {
        const height = embedHeight(count);
        await page.setViewportSize({ width, height });
        await page.goto(`${base}${path}`, { waitUntil: 'load' });
        // Where the build makes no chart image yet, count the space it will take (height and margins).
        const withoutImage = (await page.locator('img.chart-image').count()) === 0 ? EMBED_IMAGE_HEIGHT + 20 : 0;
        const content =
          Math.ceil(
            await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().bottom + scrollY),
          ) + withoutImage;
        if (content > height) tooTall.push(`${path} at ${width} px: ${content} > ${height}`);
      }
    }
    expect(tooTall).toEqual([]);
    await page.close();
  }, 300_000);

  it('may be framed by another origin; ordinary pages may not (static server)', async () => {
    await expectFraming(base, `/einbetten/kacheln/${tile.slug}/`, `/kacheln/${tile.slug}/`);
    await expectFraming(base, `/einbetten/kennzahlen/${kpiCode}/`, `/kennzahlen/${kpiCode}/`);
  }, 60_000);

  it('send the embed headers on /einbetten/ only, also for an encoded ".." into an ordinary page', async () => {
    const embed = await rawHeaders(`/einbetten/kennzahlen/${kpiCode}/`);
    for (const [name, value] of Object.entries(EMBED_SECURITY_HEADERS)) expect(embed[name], name).toBe(value);
    expect(embed['x-frame-options']).toBeUndefined();
    for (const path of [
      `/einbetten/..%2fkennzahlen/${kpiCode}/`,
      `/einbetten/%2e%2e/kennzahlen/${kpiCode}/`,
      `/kennzahlen/${kpiCode}/`,
      '/',
    ]) {
      const headers = await rawHeaders(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(headers[name], `${path} ${name}`).toBe(value);
    }
  });

  it('every KPI and tile page links to its own embed page', () => {
    for (const k of snapshot.kpis.slice(0, 5)) {
      const html = readFileSync(join(dir, 'kennzahlen', k.code.toLowerCase(), 'index.html'), 'utf8');
      expect(html).toContain(`href="/einbetten/kennzahlen/${k.code.toLowerCase()}/"`);
    }
    expect(readdirSync(join(dir, 'einbetten'))).toEqual(expect.arrayContaining(['kennzahlen', 'kacheln']));
  });
});
