// An editor enters a KPI's values in the real admin: opens the value table,
// pastes a block of cells from a spreadsheet (German numbers, a header row of
// series names), is asked about an ambiguous number, sees the ×10 warning in
// the table and in the side panel before publishing, fixes it, publishes; the
// public API then serves exactly those numbers.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentManager, getAll } from '../support/api.ts';
import { validKpi } from '../support/valid-kpi.ts';
import { editViewUrl, openAdmin, publishButton, type AdminSession } from './support/admin-session.ts';
import { pasteInto } from './support/clipboard.ts';

const UID = 'plugin::smart-data.kpi';
const CODE = 'TAB-01';
const SHOTS = join(process.cwd(), 'test-results/admin'); // vitest runs from the repository root

const obs = (period: string, series: string, value: number) => ({ period, series, value, provisional: false });
const KPI = {
  ...validKpi(CODE, [
    obs('2021', 'Frauen', 12),
    obs('2021', 'Männer', 1180.2),
    obs('2021', 'Insgesamt', 1192.2),
    obs('2022', 'Frauen', 12.3),
    obs('2022', 'Männer', 1201.7),
    obs('2022', 'Insgesamt', 1214),
  ]),
  name: 'Beschäftigte in Teilzeit',
  unit: 'Personen',
};

// As copied from LibreOffice Calc: tabs between cells, a line per row, a header row.
const BLOCK = 'Jahr\tFrauen\tMänner\tInsgesamt\n2023\t12,5\t1.234,5\t1.247\n2024\t130\t1.250,0\t1.262,9\n';

type Published = {
  period: string;
  series: string | null;
  value: number | null;
  provisional: boolean;
  note: string | null;
};

let session: AdminSession;
let page: Page;
let documentId: string;

const dialog = () => page.getByRole('dialog');
const cell = (period: string, series: string) => dialog().getByLabel(`${period}, ${series}`, { exact: true });
// expect.poll waits 1 s by default; the admin under load needs longer to re-render.
const POLL = { timeout: 60_000, interval: 100 };
const shot = (name: string, part?: Locator) => (part ?? page).screenshot({ path: join(SHOTS, `${name}.png`) });

async function publishedObservations(): Promise<Published[] | null> {
  const [entry] = await getAll('kpis', `filters[code][$eq]=${CODE}&populate=observations`);
  return (entry?.observations as Published[] | undefined) ?? null;
}

describe('KPI values in the admin (value table)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const created = await contentManager<{ data: { documentId: string } }>('POST', `/collection-types/${UID}`, KPI);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    documentId = created.body.data.documentId;
    session = await openAdmin({ cmsUrl: inject('cmsUrl'), ...inject('admin') });
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
    if (documentId) await contentManager('DELETE', `/collection-types/${UID}/${documentId}`);
  });

  it('hides the stock editor of the value rows, which misreads decimal marks', async () => {
    const config = await contentManager<{
      data: { contentType: { metadatas: Record<string, { edit: { visible: boolean } }> } };
    }>('GET', `/content-types/${UID}/configuration`);
    expect(config.body.data.contentType.metadatas.observations!.edit.visible).toBe(false);
    await page.goto(editViewUrl(inject('cmsUrl'), UID, documentId));
    const panel = page.getByTestId('kpi-values-panel');
    await panel.waitFor();
    await shot('kpi-values-edit-view');
    expect(await panel.textContent()).toContain('6 Werte in 2 Zeiträumen, 3 Reihen; neuester Zeitraum 2022.');
    // A repeatable field's label reads "<label> (<count>)": the SDG field shows one, the values field none.
    const labels = async () =>
      (await page.locator('label').allTextContents()).map((l) => l.replace(/\s+/g, ' ').trim());
    await expect.poll(labels, POLL).toContain('SDG-Zuordnung (0)');
    expect((await labels()).filter((l) => /^Werte \(\d+\)$/.test(l))).toEqual([]);
  });

  it('takes a pasted block, asks about "1.234" and warns about a ×10 jump', async () => {
    await page.getByRole('button', { name: 'Werte-Tabelle öffnen' }).click();
    await expect.poll(() => dialog().isVisible(), POLL).toBe(true);
    await pasteInto(cell('2021', 'Frauen'), BLOCK);
    await expect.poll(() => dialog().getByRole('status').first().textContent(), POLL).toContain('6 Werte eingefügt.');
    expect(await cell('2023', 'Männer').inputValue()).toBe('1.234,5');

    const alert = dialog().getByRole('alert');
    expect(await alert.textContent()).toContain('2023, Insgesamt: „1.247“ ist mehrdeutig');
    const apply = dialog().getByRole('button', { name: /^Übernehmen/ });
    expect(await apply.isDisabled()).toBe(true);
    await shot('kpi-values-ambiguous', dialog());
    await alert.getByRole('button', { name: '1247', exact: true }).click();
    expect(await cell('2023', 'Insgesamt').inputValue()).toBe('1247');

    const jumps = dialog().getByTestId('value-jumps');
    expect(await jumps.textContent()).toContain(
      '2024, Frauen: 130 weicht um das Zehnfache oder mehr von 12,5 (2023) ab.',
    );
    await apply.click();
    await expect.poll(() => dialog().count(), POLL).toBe(0);

    // Back in the edit view, before publishing: the panel carries the warning.
    const panelWarning = page.getByTestId('kpi-values-jumps');
    await expect
      .poll(() => panelWarning.textContent(), POLL)
      .toContain('2024, Frauen: 130 weicht um das Zehnfache oder mehr');
    await shot('kpi-values-panel-warning', page.getByTestId('kpi-values-panel'));
  });

  it('fixes the jump, marks it provisional, types an English decimal, publishes exact numbers', async () => {
    await page.getByRole('button', { name: 'Werte-Tabelle öffnen' }).click();
    await cell('2024', 'Frauen').fill('13');
    await dialog().getByRole('checkbox', { name: 'vorläufig' }).click();
    await dialog().getByLabel('Anmerkung zum gewählten Wert').fill('Schätzung des Amts');
    await cell('2024', 'Insgesamt').fill('1263.4');
    expect(await dialog().getByTestId('value-jumps').count()).toBe(0);
    await shot('kpi-values-table', dialog());
    await dialog().getByRole('button', { name: 'Übernehmen' }).click();
    await expect
      .poll(() => page.getByTestId('kpi-values-panel').textContent(), POLL)
      .toContain('12 Werte in 4 Zeiträumen, 3 Reihen; neuester Zeitraum 2024.');
    expect(await page.getByTestId('kpi-values-jumps').count()).toBe(0);

    await publishButton(page).click();
    await expect.poll(publishedObservations, POLL).toHaveLength(12);
    const published = (await publishedObservations())!;
    const byKey = Object.fromEntries(published.map((o) => [`${o.period} ${o.series}`, o.value]));
    expect(byKey).toEqual({
      '2021 Frauen': 12,
      '2021 Männer': 1180.2,
      '2021 Insgesamt': 1192.2,
      '2022 Frauen': 12.3,
      '2022 Männer': 1201.7,
      '2022 Insgesamt': 1214,
      '2023 Frauen': 12.5,
      '2023 Männer': 1234.5,
      '2023 Insgesamt': 1247,
      '2024 Frauen': 13,
      '2024 Männer': 1250,
      '2024 Insgesamt': 1263.4,
    });
    expect(published.find((o) => o.period === '2024' && o.series === 'Frauen')).toMatchObject({
      provisional: true,
      note: 'Schätzung des Amts',
    });
    expect(published.filter((o) => o.provisional)).toHaveLength(1);
  });
});
