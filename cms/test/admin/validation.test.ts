// Refused input in the real admin: German messages at the field, nothing
// saved, and what the editor typed still there — a URL name the site uses
// itself, an impossible year, a target year before the data. And the KPI
// picker of a tile, which finds a KPI by a word of its name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoData } from '../../src/demo-data/index.ts';
import { contentManager, getAll } from '../support/api.ts';
import { contentManagerUrl, screenshot, useEditorSession, type AdminSession } from './support/admin-browser.ts';

const PAGE = 'plugin::smart-data.page';
const KPI = 'plugin::smart-data.kpi';
const TILE = 'plugin::smart-data.tile';
const POLL = { timeout: 30_000, interval: 250 };

const pageCount = async () =>
  (await contentManager<{ pagination: { total: number } }>('GET', `/collection-types/${PAGE}?pageSize=1`)).body
    .pagination.total;

/** The error text Strapi shows under the field of this input. */
const fieldError = (s: AdminSession, name: string) =>
  s.page
    .locator(`[name="${name}"]`)
    .first()
    .locator('xpath=ancestor::*[.//*[contains(@id, "-error")]][1]')
    .locator('[id$="-error"]')
    .first();

// Generous: the admin is slow on a loaded two-core CI machine; every wait is for a state.
describe('refused input in the admin', { timeout: 180_000 }, () => {
  const session = useEditorSession({ beforeAll, afterAll });

  it('refuses a page named like a section of the site, in German at the field, keeping the input', async () => {
    const s = session();
    const { page } = s;
    const before = await pageCount();
    await page.goto(contentManagerUrl(PAGE));
    await page.locator('input[name="title"]').fill('Unsere Kacheln');
    // The hint under the field names the reserved names (the error replaces it).
    await page.getByText(/Nicht erlaubt sind Namen, die die Website selbst verwendet: .*kacheln/).waitFor();
    await page.locator('input[name="slug"]').fill('kacheln');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect
      .poll(() => fieldError(s, 'slug').textContent(), POLL)
      .toBe('„kacheln“ ist ein Pfad der Website und als URL-Name reserviert; bitte einen anderen wählen.');
    expect(await page.locator('input[name="slug"]').inputValue()).toBe('kacheln');
    expect(await page.locator('input[name="title"]').inputValue()).toBe('Unsere Kacheln');
    await screenshot(page, 'admin-reserved-slug');
    expect(await pageCount()).toBe(before);
  });

  it('refuses an impossible target year in German at the field, keeping the input', async () => {
    const s = session();
    const { page } = s;
    const sample = demoData.kpis.find((k) => k.target !== null && !demoData.drafts.kpis.includes(k.code))!;
    const [entry] = await getAll('kpis', `filters[code][$eq]=${sample.code}`);
    await page.goto(contentManagerUrl(KPI, entry!.documentId));
    const year = page.locator('input[name="target.year"]');
    await year.fill('20244');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect
      .poll(() => fieldError(s, 'target.year').textContent(), POLL)
      .toBe('Das Zieljahr ist nicht plausibel: erlaubt sind 1900 bis 2100, vierstellig wie „2030“.');
    // Kept as typed; the German number field shows it with a thousands separator.
    expect((await year.inputValue()).replace(/\./g, '')).toBe('20244');
    await screenshot(page, 'admin-impossible-year');
    const [stored] = await getAll('kpis', `filters[code][$eq]=${sample.code}&populate[target]=true`);
    expect((stored!.target as { year: number }).year).toBe(sample.target!.year);
  });

  it('refuses a target year before the first value (a server rule) on Speichern, in German at the field, keeping the input', async () => {
    const s = session();
    const { page } = s;
    const sample = demoData.kpis.find(
      (k) => k.target !== null && k.observations.length > 0 && !demoData.drafts.kpis.includes(k.code),
    )!;
    const first = Math.min(...sample.observations.map((o) => Number(o.period.slice(0, 4))));
    const [entry] = await getAll('kpis', `filters[code][$eq]=${sample.code}`);
    await page.goto(contentManagerUrl(KPI, entry!.documentId));
    const year = page.locator('input[name="target.year"]');
    await year.fill(String(first - 5));
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect
      .poll(() => fieldError(s, 'target.year').textContent(), POLL)
      .toContain(`vor dem ersten Wert (${first})`);
    expect((await year.inputValue()).replace(/\./g, '')).toBe(String(first - 5));
    await screenshot(page, 'admin-target-before-data');
  });

  it('finds a KPI for a tile by a word of its name and shows it as "Code – Name"', async () => {
    const { page } = session();
    const wanted = demoData.kpis
      .filter((k) => k.name.includes('Radverkehr') && !demoData.drafts.kpis.includes(k.code))
      .map((k) => `${k.code} – ${k.name}`);
    expect(wanted.length).toBeGreaterThan(0);
    await page.goto(contentManagerUrl(TILE));
    const picker = page.getByRole('combobox', { name: /^Kennzahlen/ });
    await picker.click();
    await picker.pressSequentially('Radverkehr', { delay: 30 });
    // An option reads "Code – Name", then the entry's status.
    const labels = async () =>
      (await page.getByRole('option').allInnerTexts())
        .map((t) => t.split('\n')[0]!.trim())
        .filter((t) => / – /.test(t));
    await expect.poll(labels, POLL).toEqual(expect.arrayContaining(wanted));
    // Only KPIs whose code or name holds the word.
    for (const label of await labels()) expect(label).toMatch(/Radverkehr/i);
    await screenshot(page, 'admin-kpi-picker');
    await page.keyboard.press('Escape');
  });
});
