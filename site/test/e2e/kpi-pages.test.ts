// KPI and tile pages as a phone user meets them (issue #12, item 1): every
// such page of the sitemap, at 390×844, opens with the headline figure and
// its trend, then the chart under a visible title with unit, source and
// "Datenstand", then the sentences; the chart's top edge lies in the first
// screen; nothing scrolls sideways; the tabs are wired (tab ↔ panel) and
// switch by arrow keys; axe finds nothing in the panels. 320 px is the same
// CSS band (the order holds there too); that no page scrolls sideways at
// 320 px, after its chart has drawn, is reflow.test.ts's check of every
// page, so this file does not walk all pages a second time. The whole keyboard walk
// (Tab in, arrows, Home/End, Tab into each panel) runs on one page of each
// shape. Without JavaScript the table is shown and the tabs are not.
// (Full-page axe and every Tab stop: accessibility.test.ts, keyboard.test.ts.
// Both checks on every page took over 15 minutes on the shared test machine.)
import { readFileSync } from 'node:fs';
import type { Kpi } from '@sdd/shared-types';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keyFigures } from '../../src/lib/kpi-stats.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser, useBrowserPage } from '../support/browser.ts';
import { sitemapPaths } from '../support/page-families.ts';

const base = inject('siteUrl');
const currentPage = useBrowserPage({ beforeAll, afterAll });
/**
 * At least this much of the chart (18rem high: axis labels and a gridline) shows on the first screen, not just its
 * edge.
 */
const MIN_VISIBLE_CHART_PX = 80;

const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as {
  kpis: Kpi[];
  tiles: { slug: string; kpis: string[]; chartType: string }[];
};
const kpiPath = (code: string) => `/kennzahlen/${code.toLowerCase()}/`;
/** Pages whose (first) KPI has a change to show: two known values of its headline series. */
const withTrend = new Set<string>();
for (const kpi of snapshot.kpis) if (keyFigures(kpi).change !== undefined) withTrend.add(kpiPath(kpi.code));
for (const tile of snapshot.tiles)
  if (withTrend.has(kpiPath(tile.kpis[0] ?? ''))) withTrend.add(`/kacheln/${tile.slug}/`);
const tileKpis = new Map(snapshot.tiles.map((t) => [`/kacheln/${t.slug}/`, t.kpis.length]));

/**
 * One page of each shape: KPI pages with a line and with a bar chart, with several series, a tile with several KPIs.
 */
function samplePages(): string[] {
  const tileOf = (code: string) => snapshot.tiles.find((t) => t.kpis[0] === code);
  const withValues = snapshot.kpis.filter((k) => k.observations.some((o) => o.value !== null));
  const bar = withValues.find((k) => snapshot.tiles.some((t) => t.kpis[0] === k.code && t.chartType === 'bar'));
  const series = withValues.find((k) => k.observations.some((o) => o.series !== null));
  const several = snapshot.tiles.find((t) => t.kpis.length > 1);
  return [
    ...new Set([
      kpiPath(withValues[0]!.code),
      ...(bar ? [kpiPath(bar.code), `/kacheln/${tileOf(bar.code)!.slug}/`] : []),
      ...(series ? [kpiPath(series.code)] : []),
      ...(several ? [`/kacheln/${several.slug}/`] : []),
    ]),
  ];
}

const kpiAndTilePages = async () =>
  (await sitemapPaths(base)).filter((p) => /^\/(kennzahlen|kacheln)\/[^/]+\/$/.test(p));

interface Layout {
  figureTop: number;
  trend: boolean;
  titleTop: number;
  title: string;
  meta: string;
  chartTop: number | null;
  summaryTop: number;
  scrollWidth: number;
  width: number;
  wiring: string[];
  /** What axe reads of the panel, without its words: see `structureOf`. */
  structure: string;
}

/** Positions of the first KPI panel's parts, in page coordinates. */
const layoutOf = (page: Page): Promise<Layout | null> =>
  page.evaluate(() => {
    const panel = document.querySelector('.kpi-panel');
    if (!panel) return null;
    const top = (sel: string) => {
      const el = panel.querySelector(sel);
      return el ? el.getBoundingClientRect().top + scrollY : Number.NaN;
    };
    const chart = panel.querySelector('.chart-box');
    // Everything axe's rules read, except the words and numbers themselves: element, role, class, inline
    // style, every other attribute (those carrying names or data only as set/empty or present; ids only as
    // unique or not, references as found or not), whether the element's own text is empty, and runs of alike
    // siblings counted once. Two panels alike in all this get the same verdict from axe.
    const count = (id: string) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length;
    const REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];
    const NAMES = ['href', 'title', 'alt', 'aria-label'];
    const WORDS = [...NAMES, 'download', 'datetime', 'value', 'src'];
    const attribute = ({ name, value }: Attr) => {
      if (name === 'id') return `id=${count(value) === 1 ? 'unique' : 'duplicate'}`;
      if (REFERENCES.includes(name))
        return `${name}=${value.split(/\s+/).every((id) => count(id) > 0) ? 'found' : 'missing'}`;
      if (NAMES.includes(name)) return `${name}=${value.trim() ? 'set' : 'empty'}`;
      if (WORDS.includes(name) || name.startsWith('data-')) return name;
      return `${name}=${value}`;
    };
    const structureOf = (el: Element): string => {
      const attrs = [...el.attributes].map(attribute).sort();
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      // Rows of a table, items of a list: one of each kind in a row is enough, their number is data.
      const children = [...el.children].map(structureOf).filter((c, i, all) => c !== all[i - 1]);
      return `<${el.tagName}${attrs.length ? ` ${attrs.join(' ')}` : ''}${ownText ? ' text' : ''}>${children.join('')}`;
    };
    return {
      figureTop: top('.figure'),
      trend: panel.querySelector('.trend') !== null,
      titleTop: top('.chart-title'),
      title: panel.querySelector('.chart-title')?.textContent ?? '',
      meta: panel.querySelector('.chart-meta')?.textContent ?? '',
      chartTop: chart ? chart.getBoundingClientRect().top + scrollY : null,
      summaryTop: top('.summary'),
      structure: structureOf(panel),
      scrollWidth: document.scrollingElement!.scrollWidth,
      width: document.scrollingElement!.clientWidth,
      // Every tab controls a panel labelled by it; exactly one tab is selected and in the Tab order.
      wiring: [...document.querySelectorAll('[role="tablist"]')].flatMap((list) => {
        const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
        const problems = tabs.flatMap((t) => {
          const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
          return panel?.getAttribute('role') === 'tabpanel' && panel.getAttribute('aria-labelledby') === t.id
            ? []
            : [`tab ${t.id} has no panel labelled by it`];
        });
        const selected = tabs.filter((t) => t.getAttribute('aria-selected') === 'true');
        if (tabs.length !== 2 || selected.length !== 1 || selected[0]!.tabIndex !== 0)
          problems.push(
            `tab list ${list.getAttribute('aria-label')}: ${tabs.length} tabs, ${selected.length} selected`,
          );
        return problems;
      }),
    };
  });

/** The first tab list by arrow keys: → shows the table, Home the chart again. */
async function arrowsSwitch(page: Page): Promise<string[]> {
  const shown = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.kpi-panel')[0]!.querySelectorAll('[role="tabpanel"]')].map(
        (p) => p.getClientRects().length > 0,
      ),
    );
  await page.locator('.kpi-panel [role="tab"][aria-selected="true"]').first().focus();
  await page.keyboard.press('ArrowRight');
  const afterRight = await shown();
  await page.keyboard.press('Home');
  const afterHome = await shown();
  return [
    ...(afterRight.join() === 'false,true' ? [] : [`ArrowRight shows panels ${afterRight.join()}`]),
    ...(afterHome.join() === 'true,false' ? [] : [`Home shows panels ${afterHome.join()}`]),
  ];
}

/** Drives the first tab list by keyboard only; returns what went wrong. */
async function tabsByKeyboard(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const tabs = page.locator('.kpi-panel').first().locator('[role="tab"]');
  if ((await tabs.count()) !== 2) return ['expected two tabs'];
  const state = () =>
    page.evaluate(() => {
      const list = document.querySelector('.kpi-panel [role="tablist"]')!;
      return [...list.querySelectorAll('[role="tab"]')].map((t) => {
        const panel = document.getElementById(t.getAttribute('aria-controls')!)!;
        return {
          name: t.textContent,
          selected: t.getAttribute('aria-selected') === 'true',
          tabIndex: (t as HTMLElement).tabIndex,
          focused: document.activeElement === t,
          panelShown: panel.getClientRects().length > 0,
          labelled: panel.getAttribute('aria-labelledby') === t.id,
        };
      });
    });
  const expectSelected = async (index: number, step: string) => {
    const s = await state();
    s.forEach((t, i) => {
      const chosen = i === index;
      if (
        t.selected !== chosen ||
        t.panelShown !== chosen ||
        t.tabIndex !== (chosen ? 0 : -1) ||
        t.focused !== chosen ||
        !t.labelled
      )
        problems.push(`${step}: tab "${t.name}" ${JSON.stringify(t)}`);
    });
  };
  // Reach the tab list with Tab from the element before it, as a keyboard user does.
  await page
    .locator('.kpi-panel .chart-meta')
    .first()
    .evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
      el.removeAttribute('tabindex');
    });
  let reached = false;
  for (let i = 0; i < 4 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
  }
  if (!reached) return ['Tab does not reach the tab list'];
  await expectSelected(0, 'initially');
  await page.keyboard.press('ArrowRight');
  await expectSelected(1, 'ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSelected(0, 'ArrowRight wraps');
  await page.keyboard.press('End');
  await expectSelected(1, 'End');
  // Tab leaves the tab list into the shown panel (the table's scroll region).
  await page.keyboard.press('Tab');
  const inTable = await page.evaluate(
    () => document.activeElement?.closest('[role="tabpanel"]')?.id.endsWith('-table') ?? false,
  );
  if (!inTable) problems.push('Tab from the table tab does not enter the table panel');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Home');
  await expectSelected(0, 'Home');
  await page.keyboard.press('Tab');
  const inChart = await page.evaluate(() => document.activeElement?.id.endsWith('-chart') ?? false);
  if (!inChart) problems.push('Tab from the chart tab does not reach the chart panel');
  return problems;
}

describe('KPI and tile pages', () => {
  {
    const [width, height] = [390, 844];
    it(`at ${width}×${height}: figure and trend, then titled chart in the first screen, no sideways scrolling, tabs wired and switched by arrows, axe clean panels — every page`, async () => {
      const page = await currentPage().context().browser()!.newPage();
      await page.setViewportSize({ width, height });
      const paths = await kpiAndTilePages();
      expect(paths.length).toBeGreaterThan(200);
      const failures: string[] = [];
      let withChart = 0;
      const axed = new Set<string>();
      for (const path of paths) {
        await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
        const l = await layoutOf(page);
        const fail = (what: string) => failures.push(`${path} ${width}px: ${what}`);
        if (!l) {
          if (path.startsWith('/kennzahlen/') || (tileKpis.get(path) ?? 0) > 0) fail('no KPI panel');
          continue;
        }
        if (!(l.figureTop < l.summaryTop)) fail('headline figure is not above the sentences');
        if (l.chartTop !== null) {
          withChart++;
          if (!l.trend && withTrend.has(path)) fail('no trend beside the figure');
          if (!(l.figureTop < l.titleTop && l.titleTop < l.chartTop && l.chartTop < l.summaryTop))
            fail(
              `order figure ${l.figureTop} < title ${l.titleTop} < chart ${l.chartTop} < sentences ${l.summaryTop} broken`,
            );
          if (!l.title.startsWith('Verlauf: ')) fail(`chart title "${l.title}"`);
          if (!/Einheit: .+Quelle: .+Datenstand: \d\d\.\d\d\.\d{4}/s.test(l.meta)) fail(`chart meta "${l.meta}"`);
          if (l.chartTop > height - MIN_VISIBLE_CHART_PX)
            fail(`chart starts at ${Math.round(l.chartTop)} px, below the first screen`);
          for (const p of [...l.wiring, ...(await arrowsSwitch(page))]) fail(p);
        }
        if (l.scrollWidth > l.width) fail(`scrolls sideways (${l.scrollWidth} > ${l.width})`);
        // axe once per distinct panel structure: it would give every page of that structure the same verdict.
        if (l.chartTop !== null && !axed.has(l.structure)) {
          axed.add(l.structure);
          for (const v of await axeViolations(page, '.kpi-panel')) fail(`axe ${v}`);
        }
      }
      await page.close();
      expect(withChart, 'pages with a chart').toBeGreaterThan(150);
      // The demo's panels come in many structures (line, bar, series, targets, comparison, trends, notes):
      // far more than one, so the dedup cannot quietly reduce axe to a single page.
      console.log(`axe ran on ${axed.size} distinct panel structures of ${withChart} pages with a chart`);
      expect(axed.size, 'distinct panel structures axe checked').toBeGreaterThan(10);
      expect(failures).toEqual([]);
    }, 1_500_000);
  }

  it('the whole keyboard walk and full-page axe on one page of each shape (line, bar, several series, several KPIs)', async () => {
    const page = currentPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const shapes = samplePages();
    expect(shapes.length).toBeGreaterThanOrEqual(4);
    const failures: string[] = [];
    for (const path of shapes) {
      await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
      for (const p of await tabsByKeyboard(page)) failures.push(`${path}: ${p}`);
      for (const v of await axeViolations(page)) failures.push(`${path}: axe ${v}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('without JavaScript: the table is shown, the tabs and the empty chart box are not', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      const paths = await kpiAndTilePages();
      for (const path of [
        paths.find((p) => p.startsWith('/kennzahlen/'))!,
        paths.find((p) => p.startsWith('/kacheln/'))!,
      ]) {
        await page.goto(`${base}${path}`);
        const panel = page.locator('.kpi-panel').first();
        expect(await panel.locator('[role="tablist"]').isVisible(), `${path} tab list`).toBe(false);
        expect(await panel.locator('.chart-box').isVisible(), `${path} chart box`).toBe(false);
        expect(await panel.locator('table').isVisible(), `${path} table`).toBe(true);
        expect(await panel.locator('table tbody tr').count(), `${path} rows`).toBeGreaterThan(0);
      }
    } finally {
      await browser.close();
    }
  });

  it('a mouse click on "Tabelle" shows the table, and the chart again on "Diagramm"', async () => {
    const page = currentPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const path = (await kpiAndTilePages()).find((p) => p.startsWith('/kennzahlen/'))!;
    await page.goto(`${base}${path}`);
    const panel = page.locator('.kpi-panel').first();
    await panel.getByRole('tab', { name: 'Tabelle' }).click();
    expect(await panel.locator('table').isVisible()).toBe(true);
    expect(await panel.locator('.chart-box').isVisible()).toBe(false);
    await panel.getByRole('tab', { name: 'Diagramm' }).click();
    expect(await panel.locator('.chart-box').isVisible()).toBe(true);
    expect(await panel.locator('table').isVisible()).toBe(false);
  });
});
