// "Teilen, einbetten, zitieren" on KPI and tile pages, as a visitor uses it:
// by keyboard (Tab to a copy button, Enter or Space), with the clipboard
// read back in Chromium, the confirmation in the polite live region; the
// snippet and the three citation forms checked field by field (CSL-JSON
// with a zod schema of the CSL 1.0.2 item); without JavaScript the link and
// the citation are still there as text; axe with the citation opened.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { embedHeight } from '../../src/lib/embed.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

const base = inject('siteUrl');
const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as {
  generatedAt: string;
  settings: { cityName: string; siteTitle: string };
  kpis: { code: string; name: string; licence: string; dataAsOf: string | null }[];
  tiles: { slug: string; title: string; kpis: string[] }[];
};
const kpi = snapshot.kpis.find((k) => k.dataAsOf)!;
const tile = snapshot.tiles.find((t) => t.kpis.length > 1)!;
const kpiPath = `/kennzahlen/${kpi.code.toLowerCase()}/`;

/** CSL-JSON 1.0.2, the parts a reference manager needs from a dataset item. */
const dateSchema = z
  .object({
    'date-parts': z
      .array(z.tuple([z.number().int(), z.number().int().min(1).max(12), z.number().int().min(1).max(31)]))
      .length(1),
  })
  .strict();
const cslItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    type: z.literal('dataset'),
    title: z.string().min(1),
    author: z.array(z.object({ literal: z.string().min(1) }).strict()).min(1),
    publisher: z.string().min(1),
    'container-title': z.string().min(1),
    URL: z.url(),
    accessed: dateSchema,
    issued: dateSchema.optional(),
    license: z.string().min(1),
    language: z.literal('de'),
  })
  .strict();

const today = () => {
  const d = new Date();
  return {
    iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
    parts: [d.getFullYear(), d.getMonth() + 1, d.getDate()],
  };
};
const german = (iso: string) => iso.split('-').reverse().join('.');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
});

const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
const status = () => page.locator('.share [role="status"]').textContent();

/** Tab from the element before `button` onto it (the real keyboard route) and press `key`. */
async function pressByKeyboard(buttonName: string, key: 'Enter' | ' ') {
  const button = page.getByRole('button', { name: buttonName, exact: true });
  // Focus the element just before it in tab order, then Tab once.
  await button.evaluate((b) => {
    const all = [
      ...document.querySelectorAll<HTMLElement>('a[href], button:not([hidden]), textarea, summary, [tabindex="0"]'),
    ].filter((e) => e.offsetParent !== null);
    all[all.indexOf(b as HTMLElement) - 1]!.focus();
  });
  await page.keyboard.press('Tab');
  expect(await button.evaluate((b) => b === document.activeElement), buttonName).toBe(true);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press(key);
}

describe('share block on KPI and tile pages', () => {
  it('"Link kopieren" by keyboard puts the page’s address on the clipboard and says so', async () => {
    for (const path of [kpiPath, `/kacheln/${tile.slug}/`]) {
      await page.goto(`${base}${path}`);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      expect(await page.locator('.share a#teilen-link').getAttribute('href')).toBe(canonical);
      await pressByKeyboard('Link kopieren', 'Enter');
      await expect.poll(clipboard, { message: path }).toBe(canonical);
      await expect.poll(status, { message: path }).toBe('Link kopiert');
    }
  });

  it('"Code kopieren" (Space) copies an iframe of the embed page with title, fixed height, lazy loading, no border', async () => {
    await page.goto(`${base}/kacheln/${tile.slug}/`);
    await pressByKeyboard('Code kopieren', ' ');
    await expect.poll(clipboard).toMatch(/^<iframe /);
    const snippet = await clipboard();
    expect(snippet).toBe(await page.locator('textarea#teilen-code').inputValue());
    const iframe = await page.evaluate((html) => {
      const el = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!;
      return Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    }, snippet);
    expect(new URL(iframe.src!).pathname).toBe(`/einbetten/kacheln/${tile.slug}/`);
    expect(iframe.title).toContain(tile.title);
    expect(iframe).toMatchObject({
      width: '100%',
      height: String(embedHeight(tile.kpis.length)),
      loading: 'lazy',
      style: 'border:0',
    });
    await expect.poll(status).toBe('Code kopiert');
    expect(await page.locator('textarea#teilen-code').getAttribute('readonly')).not.toBeNull();
  });

  it('"Zitieren": text, BibTeX and CSL-JSON with publisher, title, URL, today as access date, licence and Datenstand', async () => {
    await page.goto(`${base}${kpiPath}`);
    const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    const summary = page.locator('.share summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.share details').getAttribute('open')).not.toBeNull();
    const { iso, parts } = today();

    await pressByKeyboard('Als Text kopieren', 'Enter');
    await expect.poll(clipboard).not.toBe('');
    expect(await clipboard()).toBe(
      `${snapshot.settings.cityName}: ${kpi.name}. In: ${snapshot.settings.siteTitle}. Datenstand: ${german(kpi.dataAsOf!)}. Lizenz: ${kpi.licence}. ${url} (abgerufen am ${german(iso)}).`,
    );
    await expect.poll(status).toBe('Als Text kopiert');

    await pressByKeyboard('BibTeX kopieren', ' ');
    await expect.poll(clipboard).toMatch(/^@misc\{/);
    const bibtex = await clipboard();
    const field = (name: string) => new RegExp(`^  ${name} = \\{(.*)\\},?$`, 'm').exec(bibtex)?.[1];
    expect(bibtex).toMatch(/^@misc\{sdd-kennzahlen-[a-z0-9-]+,\n/);
    expect(bibtex.trimEnd().endsWith('}')).toBe(true);
    expect(field('author')).toBe(`{${snapshot.settings.cityName}}`);
    expect(field('title')).toBe(`{${kpi.name}}`);
    expect(field('url')).toBe(url);
    expect(field('urldate')).toBe(iso);
    expect(field('date')).toBe(kpi.dataAsOf);
    expect(field('note')).toContain(kpi.licence);

    await pressByKeyboard('CSL-JSON (Zotero, Citavi, pandoc) kopieren', 'Enter');
    await expect.poll(clipboard).toMatch(/^\[/);
    const items = z
      .array(cslItemSchema)
      .length(1)
      .parse(JSON.parse(await clipboard()));
    expect(items[0]).toMatchObject({
      title: kpi.name,
      author: [{ literal: snapshot.settings.cityName }],
      URL: url,
      license: kpi.licence,
      accessed: { 'date-parts': [parts] },
    });
    expect(items[0]!.issued).toEqual({ 'date-parts': [kpi.dataAsOf!.split('-').map(Number)] });
  });

  it('without JavaScript: no copy buttons, the link as a link, the citation dated by the build', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const p = await plain.newPage();
    await p.goto(`${base}${kpiPath}`);
    expect(await p.locator('.share button:visible').count()).toBe(0);
    expect(await p.locator('.share a#teilen-link').textContent()).toBe(
      await p.locator('link[rel="canonical"]').getAttribute('href'),
    );
    expect(await p.locator('textarea#teilen-code').inputValue()).toMatch(
      /^<iframe src="[^"]+\/einbetten\/kennzahlen\//,
    );
    expect(await p.locator('pre#teilen-text').textContent()).toContain(
      `(abgerufen am ${german(snapshot.generatedAt.slice(0, 10))})`,
    );
    await plain.close();
  });

  it('has no axe violations with the citation open, at 320 px and on a desktop', async () => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${base}/kacheln/${tile.slug}/`);
      await page.locator('.share summary').click();
      expect(await axeViolations(page), `${width} px`).toEqual([]);
      const sideways = await page.evaluate(
        () => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth,
      );
      expect(sideways, `${width} px`).toBe(false);
    }
  });
});
