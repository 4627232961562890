// Search as citizens type it, written from the demo content: everyday words,
// typos, codes, "co2", umlauts and their ae/oe/ue spellings. Each query names
// pages that must be among the top 3 of Pagefind (the engine behind /suche/,
// queried in Chromium on the built site) and among the top 5 of the instant
// search (its ranking code, lib/instant-search.ts, over the built index).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Fuse from 'fuse.js';
import type { SearchEntry } from '@sdd/shared-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSearcher } from '../../src/lib/instant-search.ts';
import { indexablePages } from '../../scripts/search-index.ts';
import type { Page } from 'playwright-core';
import { useBrowserPage } from '../support/browser.ts';

const base = inject('siteUrl');
const entries = JSON.parse(readFileSync(join(inject('siteDir'), 'suche-index.json'), 'utf8')) as SearchEntry[];
const instant = createSearcher(Fuse, entries);
const currentPage = useBrowserPage({ beforeAll, afterAll });

/** Pagefind's result URLs for a query, best first, from the page's own Pagefind bundle.
 *  (A string, so that the test runner does not rewrite the dynamic import.) */
const pagefindResults = (page: Page, query: string): Promise<string[]> =>
  page.evaluate(`(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  const found = await pagefind.search(${JSON.stringify(query)});
  return Promise.all(found.results.map(async (r) => (await r.data()).url));
})()`);

const kpi = (code: string) => `/kennzahlen/${code}/`;
const tile = (slug: string) => `/kacheln/${slug}/`;

/** query → pages in Pagefind's top 3 (`full`) and the instant search's top 5 (`instant`). Typos for the
 *  search page are in TYPOS below: Pagefind alone matches them only loosely. */
const CASES: { query: string; full?: string[]; instant?: string[] }[] = [
  { query: 'co2', full: [tile('co2-bilanz'), kpi('ene-01')], instant: [tile('co2-bilanz'), kpi('ene-01')] },
  { query: 'CO₂', full: [tile('co2-bilanz'), kpi('ene-01')], instant: [tile('co2-bilanz'), kpi('ene-01')] },
  { query: 'Kita', full: [tile('kinderbetreuung')], instant: [tile('kinderbetreuung'), kpi('woh-10'), kpi('woh-11')] },
  { query: 'Solar', full: [tile('photovoltaik')], instant: [tile('photovoltaik'), kpi('ene-03')] },
  { query: 'Radweg', full: [tile('radverkehr')], instant: [tile('radverkehr'), kpi('mob-03')] },
  { query: 'Radwge', instant: [tile('radverkehr')] },
  { query: 'Arbeitslosenqoute', instant: [kpi('wir-01')] },
  { query: 'Arbeitslosenquote', full: [kpi('wir-01')], instant: [kpi('wir-01'), tile('arbeitsmarkt')] },
  { query: 'ENE-01', full: [kpi('ene-01')], instant: [kpi('ene-01')] },
  { query: 'mob 15', instant: [kpi('mob-15')] },
  { query: 'ene1', instant: [kpi('ene-01')] },
  { query: 'Wärmewende', full: [tile('waerme')], instant: [tile('waerme')] },
  { query: 'Waermewende', full: [tile('waerme')], instant: [tile('waerme')] },
  { query: 'Gruenflaeche', full: [kpi('umw-06')], instant: [kpi('umw-06')] },
  { query: 'Luftqualitaet', full: [tile('luftqualitaet')], instant: [tile('luftqualitaet')] },
  { query: 'Müll', full: [tile('abfall')], instant: [tile('abfall'), kpi('umw-08')] },
  { query: 'Muell', full: [tile('abfall')], instant: [tile('abfall')] },
  { query: 'Feinstaub', full: [kpi('umw-01'), kpi('umw-03')], instant: [kpi('umw-01'), kpi('umw-03')] },
  { query: 'Miete', full: [tile('mieten')], instant: [tile('mieten'), kpi('woh-05')] },
  { query: 'Glasfaser', full: [kpi('dig-03')], instant: [kpi('dig-03')] },
  { query: 'Internet', full: [tile('breitband')], instant: [tile('breitband')] },
  { query: 'E-Auto', full: [tile('elektromobilitaet')], instant: [tile('elektromobilitaet'), kpi('mob-02')] },
  { query: 'Ladesäule', full: [kpi('ene-11')], instant: [kpi('ene-11')] },
  // Pagefind matches "Bus" as a prefix: pages on "Bushaltestellen" outrank the Stadtbus tile there.
  { query: 'Bus', instant: [tile('stadtbus')] },
  { query: 'Nahverkehr', full: [tile('stadtbus')], instant: [tile('stadtbus')] },
  { query: 'Kindergarten', full: [tile('kinderbetreuung')], instant: [tile('kinderbetreuung')] },
  { query: 'Klimaschutz', full: ['/sdg/13/'], instant: ['/sdg/13/'] },
  { query: 'Hitze', full: [tile('hitze')], instant: [tile('hitze')] },
  { query: 'Prozessmanagement', full: ['/sitzungen/dos-2025-02-26/'], instant: ['/sitzungen/dos-2025-02-26/'] },
  { query: 'Ladeinfrastruktur', full: ['/sitzungen/ukvs-2024-11-13/'], instant: ['/sitzungen/ukvs-2024-11-13/'] },
  {
    query: 'Digitalisierung',
    full: ['/handlungsfelder/digitalisierung/'],
    instant: ['/handlungsfelder/digitalisierung/'],
  },
  { query: 'SDG 7', instant: ['/sdg/7/'] },
  { query: 'Bevoelkerung', full: [tile('bevoelkerung')], instant: [tile('bevoelkerung')] },
  { query: 'Schulden', full: [kpi('wir-13')], instant: [kpi('wir-13')] },
  { query: 'Fotovoltaik', instant: [tile('photovoltaik')] },
  { query: 'Baeume', full: [kpi('umw-13')], instant: [kpi('umw-13')] },
  { query: 'Trinkwasser', full: [tile('trinkwasser')], instant: [tile('trinkwasser')] },
  // A synonym group the editors added in the CMS (site settings), not a built-in one.
  { query: 'Fahrradständer', full: [kpi('mob-08')], instant: [kpi('mob-08')] },
  { query: 'Gebärdensprache', full: ['/gebaerdensprache/'] },
];

/** Typos typed into /suche/: the page searches the nearest word of the site (`corrected`), says so, and
 *  the pages in `full` are in its top 3. */
const TYPOS: { query: string; corrected: string; full: string[] }[] = [
  { query: 'Radwge', corrected: 'Radwege', full: [tile('radverkehr')] },
  { query: 'Arbeitslosenqoute', corrected: 'Arbeitslosenquote', full: [kpi('wir-01')] },
  { query: 'Feinstuab', corrected: 'Feinstaub', full: [kpi('umw-01'), kpi('umw-03')] },
  { query: 'Kindergarden', corrected: 'Kindergarten', full: [tile('kinderbetreuung')] },
  { query: 'Glasfasr', corrected: 'Glasfaser', full: [kpi('dig-03')] },
  { query: 'Luftqualitat', corrected: 'Luftqualität', full: [tile('luftqualitaet')] },
  { query: 'Trinkwaser', corrected: 'Trinkwasser', full: [tile('trinkwasser')] },
  { query: 'Fotovoltaik', corrected: 'Photovoltaik', full: [tile('photovoltaik')] },
  { query: 'Gebärdensprahce', corrected: 'Gebärdensprache', full: ['/gebaerdensprache/'] },
];
/** Words of the site (also inflected, or with umlauts spelt out): searched as typed, no notice. */
const NOT_TYPOS = ['Radverkehr', 'Radwegen', 'Bevoelkerung', 'Ladesäulen', 'Kita'];

/** What a visitor meets on /suche/ after typing `query`: the announced status, the correction notice,
 *  the input's value and the result pages (best first, sub-results left out). */
async function typeIntoSearchPage(page: Page, query: string) {
  await page.goto(`${base}/suche/`);
  await page.locator('#suchbegriff').fill(query);
  await page.waitForFunction(() => (document.getElementById('suchstatus')?.textContent ?? '') !== '', null, {
    timeout: 15_000,
  });
  const notice = page.locator('.search-correction');
  return {
    status: (await page.locator('#suchstatus').textContent()) ?? '',
    notice: (await notice.count()) > 0 && (await notice.isVisible()) ? await notice.textContent() : null,
    input: await page.locator('#suchbegriff').inputValue(),
    pages: await page
      .locator('.pagefind-ui__result-title .pagefind-ui__result-link')
      .evaluateAll((as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]),
  };
}

describe('search finds what citizens type', () => {
  it('has at least 25 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it('instant search: expected pages in the top 5, and no more than 6 hits', () => {
    const misses: string[] = [];
    for (const c of CASES) {
      const hits = instant(c.query).map((e) => e.url);
      expect(hits.length, c.query).toBeLessThanOrEqual(6);
      const top = hits.slice(0, 5);
      for (const url of c.instant ?? [])
        if (!top.includes(url)) misses.push(`${c.query} → ${url} not in [${top.join(', ')}]`);
    }
    expect(misses).toEqual([]);
  });

  it('full-text search (Pagefind): expected pages in the top 3', async () => {
    const page = currentPage();
    await page.goto(`${base}/suche/`);
    const misses: string[] = [];
    for (const c of CASES.filter((x) => x.full)) {
      const top = (await pagefindResults(page, c.query)).slice(0, 3);
      for (const url of c.full!) if (!top.includes(url)) misses.push(`${c.query} → ${url} not in [${top.join(', ')}]`);
    }
    expect(misses).toEqual([]);
  });

  it('search page: a typo is searched as the nearest word of the site, said and announced; top 3 as expected', async () => {
    const page = currentPage();
    const misses: string[] = [];
    for (const t of TYPOS) {
      const seen = await typeIntoSearchPage(page, t.query);
      const expected = `für „${t.corrected}“ – Sie suchten „${t.query}“`;
      if (!seen.notice?.includes(expected)) misses.push(`${t.query}: notice ${JSON.stringify(seen.notice)}`);
      if (seen.status !== seen.notice) misses.push(`${t.query}: live region ${JSON.stringify(seen.status)}`);
      if (seen.input !== t.query) misses.push(`${t.query}: input rewritten to ${seen.input}`);
      for (const url of t.full)
        if (!seen.pages.slice(0, 3).includes(url))
          misses.push(`${t.query} → ${url} not in [${seen.pages.slice(0, 3).join(', ')}]`);
    }
    expect(misses).toEqual([]);
  }, 180_000);

  it('search page: words of the site are searched as typed, without a notice', async () => {
    const page = currentPage();
    for (const word of NOT_TYPOS) {
      const seen = await typeIntoSearchPage(page, word);
      expect(seen.notice, word).toBeNull();
      expect(seen.status, word).toMatch(/Ergebnis/);
      expect(seen.status, word).not.toMatch(/Sie suchten/);
      expect(seen.pages.length, word).toBeGreaterThan(0);
    }
  }, 120_000);

  it('list pages do not answer for the facts of their cards', async () => {
    const page = currentPage();
    await page.goto(`${base}/suche/`);
    const urls = await pagefindResults(page, 'Arbeitslosenquote');
    for (const list of ['/', '/kacheln/', '/handlungsfelder/arbeit-und-wirtschaft/', '/sdg/8/'])
      expect(urls).not.toContain(list);
  });
});

describe('what Pagefind reads', () => {
  // The build gives Pagefind only the pages that can be in its index (scripts/search-index.ts): leaving out the
  // others must change nothing, so none of them may carry the searchable-content mark.
  it('the pages it leaves unread carry no data-pagefind-body; every marked page is in the index', () => {
    const siteDir = inject('siteDir');
    const read = new Set(indexablePages(siteDir));
    const html = readdirSync(siteDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.html'))
      .map((e) => relative(siteDir, join(e.parentPath, e.name)));
    const marked = html.filter((path) => readFileSync(join(siteDir, path), 'utf8').includes('data-pagefind-body'));
    expect(html.filter((path) => !read.has(path)).length).toBeGreaterThan(100); // the embeds at least
    expect(marked.filter((path) => !read.has(path))).toEqual([]);
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: { de: { page_count: number } };
    };
    expect(entry.languages.de.page_count).toBe(marked.length);
  });
});

describe('search page loads Pagefind UI on use (JavaScript budget)', () => {
  it('not before the field is used; then the typed text, caret and focus carry over and results come', async () => {
    const page = currentPage();
    const loaded: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().endsWith('/pagefind/pagefind-ui.js')) loaded.push(r.url());
    };
    page.on('request', onRequest);
    await page.goto(`${base}/suche/`);
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual([]);
    // The visitor tabs to the field (skip link, header, … then the field) and types at once.
    await page.locator('label[for="suchbegriff"]').evaluate((l) => {
      l.setAttribute('tabindex', '-1');
      (l as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('suchbegriff');
    await page.keyboard.type('Radverk');
    await page.keyboard.type('ehr');
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    expect(loaded).toHaveLength(1);
    expect(await page.locator('#suchbegriff').count()).toBe(1);
    expect(await page.locator('#suchbegriff').inputValue()).toBe('Radverkehr');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('suchbegriff');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(
      true,
    );
    page.off('request', onRequest);
  });
});
