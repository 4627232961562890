// A visitor's journeys in real Chromium against the built site.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { snapshotSchema, type Snapshot } from '@sdd/shared-types';
import { useBrowserPage } from '../support/browser.ts';

const base = inject('siteUrl');
const snapshot = snapshotSchema.parse(JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')));
const currentPage = useBrowserPage({ beforeAll, afterAll });

describe('visitor journeys', () => {
  it('goes from home to an action field, a tile and a KPI, where the chart draws', async () => {
    const page = currentPage();
    const tile = snapshot.tiles.find((t) => t.primaryActionField && t.kpis.length > 0)!;
    const field = snapshot.actionFields.find((f) => f.slug === tile.primaryActionField)!;
    const kpi = snapshot.kpis.find((k) => k.code === tile.kpis[0])!;
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: field.name, exact: true }).first().click();
    await page.waitForURL(`**/handlungsfelder/${field.slug}/`);
    await page.getByRole('link', { name: tile.title, exact: true }).first().click();
    await page.waitForURL(`**/kacheln/${tile.slug}/`);
    await page.getByRole('link', { name: kpi.name, exact: true }).first().click();
    await page.waitForURL(`**/kennzahlen/${kpi.code.toLowerCase()}/`);
    expect(await page.locator('h1').textContent()).toBe(kpi.name);
    const canvas = page.locator('canvas[role="img"]').first();
    await canvas.waitFor();
    // The chart has drawn when its canvas holds non-transparent pixels.
    await expect
      .poll(
        () =>
          canvas.evaluate((c: HTMLCanvasElement) => {
            const ctx = c.getContext('2d');
            if (!ctx || c.width === 0) return 0;
            const { data } = ctx.getImageData(0, 0, c.width, c.height);
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
            return painted;
          }),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(500);
  });

  // Two KPIs of the fixture, each found or the test fails (no fallback that would leave a case untested): one with
  // series beside its main values (a column each), one with a missing value (an empty cell). The fixture has none
  // with both.
  for (const [what, has] of [
    ['series', (k: Snapshot['kpis'][number]) => k.observations.some((o) => o.series !== null)],
    ['a missing value', (k: Snapshot['kpis'][number]) => k.observations.some((o) => o.value === null)],
  ] as const) {
    it(`shows in the data table exactly the numbers of the snapshot, for a KPI with ${what}`, async () => {
      const page = currentPage();
      const kpi = snapshot.kpis.find(has);
      if (!kpi) throw new Error(`the fixture snapshot lacks a KPI with ${what}`);
      await page.goto(`${base}/kennzahlen/${kpi.code.toLowerCase()}/`);
      const cells = await page.locator('table td[data-value]').evaluateAll((tds) =>
        tds.map((td) => ({
          value: td.getAttribute('data-value'),
          row: td.closest('tr')!.querySelector('th')!.textContent!.trim(),
          col: (td as HTMLTableCellElement).cellIndex,
        })),
      );
      const headers = await page.locator('table thead th').allTextContents();
      for (const o of kpi.observations) {
        // A comparison series is headed "Bayern (Vergleich, unit)".
        const col =
          o.series === null ? 1 : headers.findIndex((h) => h === o.series || h.startsWith(`${o.series} (Vergleich`));
        expect(col, `column for series ${o.series}`).toBeGreaterThan(0);
        const cell = cells.find((c) => c.row === o.period && c.col === col);
        expect(cell?.value, `${kpi.code} ${o.period} ${o.series ?? ''}`).toBe(o.value === null ? '' : String(o.value));
      }
      // One cell per period and series, and only the KPI's values fill them.
      const periods = new Set(kpi.observations.map((o) => o.period));
      const series = new Set(kpi.observations.map((o) => o.series));
      expect(cells).toHaveLength(periods.size * series.size);
      expect(cells.filter((c) => c.value !== '')).toHaveLength(kpi.observations.filter((o) => o.value !== null).length);
    });
  }

  it('instant search finds a KPI by a misspelt name and opens it with the keyboard', async () => {
    const page = currentPage();
    const kpi = snapshot.kpis.find((k) => k.name === 'Arbeitslosenquote');
    if (!kpi) throw new Error('the fixture snapshot lacks the KPI "Arbeitslosenquote"');
    const typo = 'Arbeitslosenqoute';
    await page.goto(`${base}/`);
    const box = page.getByRole('combobox');
    await box.click();
    await box.pressSequentially(typo, { delay: 20 });
    const option = page.getByRole('option').filter({ hasText: kpi.name }).first();
    await option.waitFor({ timeout: 10_000 });
    // By the option's title: another KPI's teaser may mention the name too.
    const titles = await page.locator('[role="option"] .title').allTextContents();
    const index = titles.indexOf(kpi.name);
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i++) await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL(`**/kennzahlen/${kpi.code.toLowerCase()}/`);
  });

  it('Pagefind finds text from an agenda item', async () => {
    const page = currentPage();
    await page.goto(`${base}/suche/?q=Prozessmanagement`);
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 15_000 });
    const hrefs = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContainEqual(expect.stringContaining('/sitzungen/dos-2025-02-26/'));
  });

  it('answers unknown paths with the site 404 page', async () => {
    const page = currentPage();
    const res = await page.goto(`${base}/gibt-es-nicht/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Seite nicht gefunden');
  });
});
