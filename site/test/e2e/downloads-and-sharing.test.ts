// Issue #12, items 2 and 4b, as a visitor meets them in Chromium: the
// "Herunterladen" block of a KPI page and of a tile page — each link clicked
// and its file checked (CSV rows equal the page's table, JSON by its zod
// schema, SVG parses and names title, source, licence and Datenstand; the
// PNG, drawn from the SVG in the browser by the "Diagramm als PNG" button, has
// the SVG's size and is not blank) — axe and reflow on the block at 320 px and on desktop;
// and the share tags of every page of the sitemap, with the preview image of
// each KPI and tile page fetched and measured (1200×630).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { kpiSchema, tileDownloadSchema, type Kpi, type Snapshot } from '@sdd/shared-types';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/lib/format.ts';
import { useBrowserPage } from '../support/browser.ts';
import { sitemapPaths } from '../support/page-families.ts';
import { decodePng } from '../support/png-decode.ts';
import { pngSize } from '../support/png-size.ts';
import { parseCsv } from '../support/read-csv.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const base = inject('siteUrl');
const currentPage = useBrowserPage({ beforeAll, afterAll });
const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as Snapshot;

const hasValues = (k: Kpi) => k.observations.some((o) => o.value !== null);
/** A KPI with comparison series (all series must be in its CSV), else any with values. */
const kpi = snapshot.kpis.find((k) => k.comparisonSeries.length > 0 && hasValues(k)) ?? snapshot.kpis.find(hasValues)!;
const kpiOf = (code: string) => snapshot.kpis.find((k) => k.code === code)!;
/** A tile with several KPIs with values: one CSV and one image for all of them. */
const tile = snapshot.tiles.find((t) => t.kpis.filter((c) => hasValues(kpiOf(c))).length > 1)!;

interface Downloaded {
  text: string;
  name: string;
  bytes: Buffer;
}

/** Clicks every link and button of the "Herunterladen" block and keeps the files Chromium saves. */
async function downloadAll(page: Page, path: string): Promise<Downloaded[]> {
  await page.goto(`${base}${path}`);
  const links = page.locator('section.downloads :is(a[download], button)');
  const files: Downloaded[] = [];
  for (let i = 0; i < (await links.count()); i++) {
    const link = links.nth(i);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await download.path();
    files.push({
      text: (await link.textContent())!.trim(),
      name: download.suggestedFilename(),
      bytes: readFileSync(file),
    });
  }
  return files;
}

/**
 * Per table of the page (one per KPI): the values of its cells as "period|value", sorted (the table shows every
 * observation).
 */
const tableCells = (page: Page, scope: string): Promise<string[]> =>
  page.locator(`${scope} .table-panel table tbody tr`).evaluateAll((rows) =>
    rows
      .flatMap((row) => {
        const period = row.querySelector('th')!.textContent!.trim();
        return [...row.querySelectorAll('td')]
          .map((td) => td.getAttribute('data-value') ?? '')
          .filter((v) => v !== '')
          .map((v) => `${period}|${Number(v)}`);
      })
      .sort(),
  );

/** The same from the CSV: one row per period and series, with unit, source and licence of the KPI. */
function csvCells(csv: Buffer, k: Kpi): string[] {
  const [header, ...rows] = parseCsv(csv.toString('utf8').replace(/^\uFEFF/, ''));
  const col = (name: string) => header!.indexOf(name);
  const own = rows.filter((r) => r[col('kennzahl_code')] === k.code);
  for (const r of own) {
    expect(r[col('einheit')]).toBe(k.unit);
    expect(r[col('quelle')]).toBe(k.sourceName);
    expect(r[col('lizenz')]).toBe(k.licence);
  }
  // Every series, comparison series included.
  expect(new Set(own.map((r) => r[col('reihe')] || null))).toEqual(new Set(k.observations.map((o) => o.series)));
  return own
    .filter((r) => r[col('wert')] !== '')
    .map((r) => `${r[col('zeitraum')]}|${Number(r[col('wert')])}`)
    .sort();
}

/** The text of an SVG as the browser parses it; fails on malformed XML. */
const svgText = (page: Page, svg: string) =>
  page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror') || doc.documentElement.nodeName !== 'svg')
      throw new Error('SVG does not parse');
    return {
      text: doc.documentElement.textContent ?? '',
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, svg);

/** The size the link states ("Diagramm als SVG (34 KB)") matches the file. */
function expectStatedSize(file: Downloaded): void {
  const kb = Number(/\((\d+) KB\)$/.exec(file.text)?.[1]);
  expect(kb, file.text).toBe(Math.max(1, Math.round(file.bytes.length / 1024)));
}

/** The PNG the button saved: the SVG's size, a white background, and drawn on (dark text, several colours). */
function expectDrawnPng(png: Downloaded, svg: { width: number; height: number }): void {
  const { width, height, rgba } = decodePng(png.bytes);
  expect({ width, height }).toEqual({ width: svg.width, height: svg.height });
  expect([...rgba.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  const colours = new Set<number>();
  let dark = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    colours.add((rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!);
    if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 200) dark++;
  }
  expect(colours.size).toBeGreaterThan(20);
  expect(dark).toBeGreaterThan(1000);
}

function expectImageFacts(text: string, kpis: Kpi[]): void {
  for (const k of kpis) {
    expect(text).toContain(k.sourceName);
    expect(text).toContain(k.licence);
    if (k.dataAsOf) expect(text).toContain(formatDate(k.dataAsOf));
  }
  expect(text).toMatch(/Quellen?: /);
  expect(text).toContain('Lizenz: ');
  expect(text).toContain('Datenstand: ');
}

describe('downloads', () => {
  it(`KPI page ${kpi.code}: CSV rows equal the table, JSON is the KPI, SVG and PNG carry title, source, licence, date`, async () => {
    const page = currentPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const files = await downloadAll(page, `/kennzahlen/${kpi.code.toLowerCase()}/`);
    expect(files.map((f) => f.text.replace(/ \(\d+ KB\)$/, ''))).toEqual([
      'Daten als CSV',
      'Daten als JSON',
      'Diagramm als SVG',
      'Diagramm als PNG',
    ]);
    expect(files.map((f) => f.name)).toEqual(
      ['csv', 'json', 'svg', 'png'].map((ext) => `${kpi.code.toLowerCase()}.${ext}`),
    );
    files.slice(0, 3).forEach(expectStatedSize);
    const [csv, json, svg, png] = files as [Downloaded, Downloaded, Downloaded, Downloaded];

    expect(csvCells(csv.bytes, kpi)).toEqual(await tableCells(page, '.kpi-panel'));
    expect(kpiSchema.parse(JSON.parse(json.bytes.toString('utf8')))).toEqual(kpiSchema.parse(kpi));

    const image = await svgText(page, svg.bytes.toString('utf8'));
    expect(image.text).toContain(`Verlauf: ${kpi.name}`);
    expect(image.text).toContain(`Einheit: ${kpi.unit}`);
    for (const name of kpi.comparisonSeries) expect(image.text).toContain(`Vergleich: ${name}`);
    expectImageFacts(image.text, [kpi]);
    expectDrawnPng(png, image);
    expect(image.width).toBe(1200);
  });

  it(`tile page ${tile.slug}: one CSV and one image for all its KPIs`, async () => {
    const page = currentPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const files = await downloadAll(page, `/kacheln/${tile.slug}/`);
    expect(files.map((f) => f.name)).toEqual(['csv', 'json', 'svg', 'png'].map((ext) => `${tile.slug}.${ext}`));
    files.slice(0, 3).forEach(expectStatedSize);
    const [csv, json, svg, png] = files as [Downloaded, Downloaded, Downloaded, Downloaded];
    const kpis = tile.kpis.map(kpiOf);

    for (const k of kpis)
      expect(csvCells(csv.bytes, k), k.code).toEqual(await tableCells(page, `section.tile-kpi:has(#h-${k.code})`));
    const download = tileDownloadSchema.parse(JSON.parse(json.bytes.toString('utf8')));
    expect(download.tile.slug).toBe(tile.slug);
    expect(download.kpis.map((k) => k.code)).toEqual(tile.kpis);

    const image = await svgText(page, svg.bytes.toString('utf8'));
    expect(image.text).toContain(tile.title);
    const shown = kpis.filter(hasValues);
    for (const k of shown) expect(image.text).toContain(`Verlauf: ${k.name} (${k.unit})`);
    expectImageFacts(image.text, shown);
    expectDrawnPng(png, image);
  });

  for (const width of [320, 1280]) {
    it(`the block at ${width} px: no axe violations, nothing wider than the screen, links reachable by Tab`, async () => {
      const page = currentPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${base}/kacheln/${tile.slug}/`);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (ctx: object, opts: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run(
          { include: [['section.downloads']] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
        );
        return result.violations.map((v) => v.id);
      });
      expect(violations).toEqual([]);
      const overflow = await page.evaluate(() => {
        const block = document.querySelector('section.downloads')!.getBoundingClientRect();
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          right: block.right - document.documentElement.clientWidth,
        };
      });
      expect(overflow.page).toBeLessThanOrEqual(0);
      expect(overflow.right).toBeLessThanOrEqual(0);
      // Tab from the block's heading reaches its three links and the PNG button in order.
      await page.locator('#herunterladen').evaluate((h) => {
        h.setAttribute('tabindex', '-1');
        (h as HTMLElement).focus();
      });
      const reached: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        reached.push(
          await page.evaluate(
            () => document.activeElement?.getAttribute('href') ?? document.activeElement?.textContent ?? '',
          ),
        );
      }
      expect(reached).toEqual([
        ...['csv', 'json', 'svg'].map((ext) => `/kacheln/${tile.slug}.${ext}`),
        'Diagramm als PNG',
      ]);
    });
  }
});

describe('share previews (Open Graph, Twitter)', () => {
  const meta = (html: string, key: string) =>
    new RegExp(`<meta (?:property|name)="${key.replace(/:/g, ':')}" content="([^"]*)"`).exec(html)?.[1];

  it('every page of the sitemap has the tags; KPI and tile pages their own 1200×630 preview, which exists', async () => {
    const paths = await sitemapPaths(base);
    expect(paths.length).toBeGreaterThan(100);
    const images = new Set<string>();
    const problems: string[] = [];
    for (const path of paths) {
      const html = await (await fetch(`${base}${path}`)).text();
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const own = /^\/(kennzahlen|kacheln)\/([^/]+)\/$/.exec(path);
      const expected = {
        'og:title': (v: string) => v.length > 0,
        'og:description': (v: string) => v.trim().length > 0,
        'og:url': (v: string) => v === canonical,
        'og:locale': (v: string) => v === 'de_DE',
        'og:image': (v: string) =>
          new URL(v).origin === new URL(canonical!).origin &&
          (own ? new URL(v).pathname === `/${own[1]}/${own[2]}.vorschau.png` : new URL(v).pathname === '/vorschau.png'),
        'og:image:width': (v: string) => v === '1200',
        'og:image:height': (v: string) => v === '630',
        'og:image:alt': (v: string) => v.startsWith('Vorschaubild: '),
        'twitter:card': (v: string) => v === 'summary_large_image',
      };
      for (const [key, ok] of Object.entries(expected)) {
        const value = meta(html, key);
        if (value === undefined || !ok(value)) problems.push(`${path}: ${key} = ${value}`);
      }
      const image = meta(html, 'og:image');
      if (image) images.add(new URL(image).pathname);
    }
    expect(problems).toEqual([]);
    expect(images.size).toBe(snapshot.kpis.length + snapshot.tiles.length + 1);
    for (const image of images) {
      const response = await fetch(`${base}${image}`);
      expect(response.status, image).toBe(200);
      expect(response.headers.get('content-type'), image).toBe('image/png');
      expect(pngSize(new Uint8Array(await response.arrayBuffer())), image).toEqual({ width: 1200, height: 630 });
    }
  });
});
