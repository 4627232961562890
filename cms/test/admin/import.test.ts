// The page "Datenimport" in the real admin, as a data steward of the role
// "Redaktion" uses it: uploads files shaped like the offices' (one KPI per
// file with units in the headers and padded German numbers; a file with a
// code column naming a draft-only and an unpublished KPI; a file with
// problems; a file marking a comparison series; junk), reads the dry run, applies all or nothing, and the
// public API shows exactly what the dry run promised — and nothing it must
// not. The routes are attacked directly too: no permission, stale dry run,
// a file with problems, oversized and malformed requests.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publicKpi, valueOf } from '../../../scripts/import/test/run-import.ts';
import { createPublishedKpi, KPI_UID as KPI, testKpi } from '../../../scripts/import/test/test-kpi.ts';
import { adminJwt, contentManager, request } from '../support/api.ts';
import { adminUrl, logIn, openBrowser, screenshot, type AdminSession } from './support/admin-browser.ts';
import { createEditor } from './support/editor-user.ts';

const fixture = (name: string) => join(process.cwd(), 'scripts/import/test/fixtures', name);
const POLL = { timeout: 60_000, interval: 200 };

type Observation = { period: string; series: string | null; value: number | null };
type CmEntry = { documentId: string; code: string; publishedAt: string | null; observations: Observation[] };

// A published KPI in MWh, as the offices' file for the municipal buildings
// (valid/liegenschaften-jahre-als-zeilen.csv: "Zeit;Brentanoschule (MWh);…").
const HEAT = 'IMP-W';
const HEAT_NAME = 'Wärmeverbrauch städtischer Liegenschaften';
// Published once, then unpublished by an editor: must stay off the site.
const GONE = 'IMP-U';

const valueIn = (entry: { observations: Observation[] } | undefined, period: string, series: string | null = null) =>
  entry?.observations.find((o) => o.period === period && (o.series || null) === series)?.value;

async function draftOf(code: string): Promise<CmEntry> {
  const list = await contentManager<{ results: CmEntry[] }>(
    'GET',
    `/collection-types/${KPI}?filters[code][$eq]=${code}&status=draft`,
  );
  const documentId = list.body.results[0]?.documentId;
  if (!documentId) throw new Error(`no draft of ${code}: ${JSON.stringify(list.body)}`);
  return (await contentManager<{ data: CmEntry }>('GET', `/collection-types/${KPI}/${documentId}?status=draft`)).body
    .data;
}

async function loginToken(login: { email: string; password: string }): Promise<string> {
  const res = await request<{ data?: { token?: string; accessToken?: string } }>('POST', '/admin/login', {
    body: login,
  });
  const token = res.body.data?.token ?? res.body.data?.accessToken;
  if (!token) throw new Error(`login ${login.email}: ${res.status}`);
  return token;
}

let session: AdminSession;
let page: Page;
let stewardToken: string;

const report = () => page.getByRole('main');
const alert = () => page.getByRole('alert').filter({ hasText: /\S/ }); // not Strapi's empty live region

async function openImportPage(): Promise<void> {
  await page.goto(adminUrl('/'));
  await page.getByRole('link', { name: 'Datenimport' }).click();
  await page.getByRole('heading', { name: 'Datenimport', level: 1 }).waitFor();
}

/** Chooses the file (and nothing else changed since the page opened) and runs the dry run. */
async function dryRun(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByLabel('Datei (CSV oder XLSX)').setInputFiles(file);
  await page.getByRole('button', { name: 'Prüfen (Probelauf)' }).click();
  await expect
    .poll(async () => (await page.getByText(/^Gelesen als:|Probleme? in „/).count()) + (await alert().count()), POLL)
    .toBeGreaterThan(0);
}

async function chooseKpi(typed: string, option: RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Kennzahl der Datei' });
  // Typed key by key, as a steward does: the list opens and narrows with each key.
  await box.click();
  await box.pressSequentially(typed);
  await page.getByRole('option', { name: option }).click();
}

/** The dry-run request the page sends, built here to attack the routes directly. */
const upload = (name: string, content: string | Buffer, extra: Record<string, unknown> = {}) => ({
  file: { name, base64: Buffer.from(content).toString('base64') },
  ...extra,
});
const post = (path: string, body: unknown, token = stewardToken) =>
  request<{
    error?: { message: string };
    fingerprint?: string | null;
    problems?: { message: string }[];
    result?: unknown;
  }>('POST', `/smart-data/import/${path}`, { token, body });

describe('the admin page "Datenimport"', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    const jwt = await adminJwt();
    await createPublishedKpi(inject('cmsUrl'), jwt, {
      ...testKpi(HEAT, 'yearly', 'MWh'),
      name: HEAT_NAME,
      observations: [
        { period: '2019', series: 'Brentanoschule', value: 1000, provisional: false },
        { period: '2020', series: 'Rathaus', value: 360, provisional: false },
      ],
    } as ReturnType<typeof testKpi>);
    await createPublishedKpi(inject('cmsUrl'), jwt, testKpi(GONE, 'yearly', 'MWh'));
    const unpublished = await contentManager(
      'POST',
      `/collection-types/${KPI}/${(await draftOf(GONE)).documentId}/actions/unpublish`,
      {},
    );
    expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200);
    const steward = await createEditor();
    stewardToken = await loginToken(steward);
    session = await openBrowser();
    page = session.page;
    await logIn(page, steward);
  });

  afterAll(async () => {
    await session?.browser.close();
    for (const code of [HEAT, GONE])
      await contentManager('DELETE', `/collection-types/${KPI}/${(await draftOf(code)).documentId}`);
  });

  it('a single-KPI file as the offices send it: KPI found by name, diff shown, applied, published', async () => {
    await openImportPage();
    await chooseKpi('Wärmeverbrauch', new RegExp(`^${HEAT} – ${HEAT_NAME}$`));
    await dryRun(fixture('valid/liegenschaften-jahre-als-zeilen.csv'));
    await expect
      .poll(() => report().textContent(), POLL)
      .toContain(`Gelesen als: eine Kennzahl (${HEAT}), Zeiträume als Zeilen, Reihen als Spalten`);
    const changes = page.getByRole('table', { name: `Änderungen an ${HEAT} – ${HEAT_NAME}` });
    // Old → new, with the padded German numbers read right; a new series is pointed out.
    const row2019 = changes.getByRole('row', { name: /^2019 Brentanoschule/ });
    expect((await row2019.getByRole('cell').allTextContents()).map((t) => t.trim())).toEqual([
      'Brentanoschule',
      '1.000',
      '1.102',
      'geändert',
    ]);
    expect(
      await changes
        .getByRole('row', { name: /^2020 Rathaus/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['Rathaus', '360', '361,9', 'geändert']);
    expect(await report().textContent()).toContain('Neue Reihe „Stadtbibliothek“');
    expect(await report().textContent()).toContain('veröffentlicht – die Website zeigt die neuen Werte');
    // Nothing written by the dry run.
    expect(await valueOf(HEAT, '2019', 'Brentanoschule')).toBe(1000);
    // The dry run at the top of the screen, as the steward reads it after pressing "Prüfen".
    await page.getByText(/^Gelesen als:/).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'admin-import-probelauf');

    await page.getByRole('button', { name: /^Alle \d+ Änderungen übernehmen$/ }).click();
    const status = page.getByRole('status').filter({ hasText: 'Gespeichert:' });
    await expect
      .poll(() => status.textContent(), POLL)
      .toMatch(/Gespeichert: \d+ neue und 2 geänderte Werte in 1 Kennzahl\./);
    expect(await status.textContent()).toContain(`Veröffentlicht: ${HEAT}`);
    await screenshot(page, 'admin-import-gespeichert');
    expect(await valueOf(HEAT, '2019', 'Brentanoschule')).toBe(1102);
    expect(await valueOf(HEAT, '2020', 'Rathaus')).toBe(361.9);
    expect(await valueOf(HEAT, '2021', 'Stadtbibliothek')).toBeUndefined(); // "-" in the file: no value
  });

  it('a draft-only (ENE-99) and an unpublished KPI get values in their drafts only and stay unpublished', async () => {
    const before = (await draftOf('ENE-99')).observations.length;
    await openImportPage();
    await dryRun({
      name: 'mehrere-kennzahlen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`Kennzahl;Jahr;Wert;Reihe\n${HEAT};2024;5,5;Rathaus\nENE-99;2016;3,5;\n${GONE};2024;7;\n`),
    });
    for (const code of ['ENE-99', GONE]) {
      const box = page.getByRole('heading', { name: new RegExp(`^${code} – `) }).locator('..');
      expect(await box.textContent()).toContain('bleibt Entwurf – wird nicht veröffentlicht');
    }
    expect(
      await page
        .getByRole('heading', { name: new RegExp(`^${HEAT} – `) })
        .locator('..')
        .textContent(),
    ).toContain('veröffentlicht – die Website zeigt die neuen Werte');
    await screenshot(page, 'admin-import-entwurf');
    await page.getByRole('button', { name: 'Alle 3 Änderungen übernehmen' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Gespeichert:' });
    await expect
      .poll(() => status.textContent(), POLL)
      .toContain(`Nur im Entwurf gespeichert, nicht veröffentlicht: ENE-99, ${GONE}`);
    expect(await publicKpi('ENE-99')).toBeUndefined();
    expect(await publicKpi(GONE)).toBeUndefined();
    expect(await valueOf(HEAT, '2024', 'Rathaus')).toBe(5.5);
    const draft = await draftOf('ENE-99');
    expect(draft.publishedAt).toBeNull();
    expect(draft.observations).toHaveLength(before + 1);
    expect(valueIn(draft, '2016')).toBe(3.5);
    expect(valueIn(await draftOf(GONE), '2024')).toBe(7);
  });

  it('a comparison series marked in the file: the dry run says it is added, the apply adds it; a flip is refused at its cell', async () => {
    await openImportPage();
    // As the statistics office sends it: the city's own series and Bayern, marked in a column "Vergleich".
    await dryRun({
      name: 'waerme-mit-bayern.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `Kennzahl;Jahr;Reihe;Wert;Vergleich\n${HEAT};2023;Rathaus;350;nein\n${HEAT};2022;Bayern;900;ja\n${HEAT};2023;Bayern;880;ja\n`,
      ),
    });
    await expect
      .poll(() => report().textContent(), POLL)
      .toContain('Vergleichsreihe „Bayern“ wird angelegt (zählt nicht für Trend, Kennzahlwert und Fortschritt).');
    expect(await report().textContent()).not.toContain('Neue Reihe „Bayern“');
    await page
      .getByText('Vergleichsreihe „Bayern“ wird angelegt', { exact: false })
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'admin-import-vergleichsreihe');
    await page.getByRole('button', { name: 'Alle 3 Änderungen übernehmen' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Gespeichert:' }).textContent(), POLL)
      .toContain('Gespeichert: 3 neue');
    expect(((await publicKpi(HEAT)) as { comparisonSeries?: string } | undefined)?.comparisonSeries).toBe('Bayern');
    expect(((await draftOf(HEAT)) as CmEntry & { comparisonSeries: string }).comparisonSeries).toBe('Bayern');

    // Now Rathaus, the city's own series, marked as comparison: refused at its cell, nothing to apply.
    await openImportPage();
    await dryRun({
      name: 'rathaus-als-vergleich.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`Kennzahl;Jahr;Reihe;Wert;Vergleich\n${HEAT};2024;Rathaus;1;ja\n`),
    });
    const problems = page.getByRole('table', { name: /Problem in „rathaus-als-vergleich\.csv“/ });
    await problems.waitFor();
    const row = problems
      .getByRole('row')
      .filter({ hasText: '„Rathaus“ ist bisher eine eigene Reihe der Stadt, die Datei markiert sie als Vergleich' });
    expect((await row.getByRole('cell').allTextContents()).slice(0, 2)).toEqual(['2', 'E („Vergleich“)']);
    expect(await row.textContent()).toContain('im CMS bei der Kennzahl im Feld „Vergleichsreihen“ eintragen');
    expect(await page.getByRole('button', { name: /übernehmen/ }).count()).toBe(0);
    await screenshot(page, 'admin-import-vergleich-konflikt');
    expect(await valueOf(HEAT, '2024', 'Rathaus')).toBe(5.5);
  });

  it('a file with problems shows row, column and what to do, offers no apply, and an apply writes nothing', async () => {
    const mob = await valueOf('MOB-01', '2025');
    await openImportPage();
    await dryRun(fixture('with-problems/probleme.csv'));
    const problems = page.getByRole('table', { name: /Probleme in „probleme\.csv“ – es wurde nichts gespeichert/ });
    await problems.waitFor();
    const row = problems.getByRole('row').filter({ hasText: 'unbekannter Kennzahl-Code „XYZ-99“' });
    expect((await row.getByRole('cell').allTextContents()).slice(0, 2)).toEqual(['3', 'A („Kennzahl“)']);
    expect(await problems.textContent()).toContain('„zwölf“ ist keine Zahl');
    expect(await page.getByRole('button', { name: /übernehmen/ }).count()).toBe(0);
    await screenshot(page, 'admin-import-probleme');
    // The browser is not trusted: an apply of that file is refused whatever fingerprint it sends.
    const bytes = await import('node:fs').then((fs) => fs.readFileSync(fixture('with-problems/probleme.csv')));
    const refused = await post('apply', { ...upload('probleme.csv', bytes), fingerprint: 'a'.repeat(64) });
    expect(refused.status).toBe(400);
    expect(refused.body.error!.message).toContain('es wurde nichts gespeichert');
    expect(await valueOf('MOB-01', '2025')).toBe(mob);
  });

  it('refuses the apply when the CMS changed since the dry run, and writes nothing', async () => {
    await openImportPage();
    await chooseKpi(HEAT, new RegExp(`^${HEAT} – `));
    await dryRun({ name: 'rathaus.csv', mimeType: 'text/csv', buffer: Buffer.from('Jahr;Rathaus (MWh)\n2020;400\n') });
    await page.getByRole('button', { name: 'Alle 1 Änderungen übernehmen' }).waitFor();
    // Meanwhile an editor changes and publishes the same KPI.
    const draft = await draftOf(HEAT);
    const edited = draft.observations.map((o) => ({
      ...o,
      value: o.period === '2020' && o.series === 'Rathaus' ? 365 : o.value,
    }));
    const saved = await contentManager('POST', `/collection-types/${KPI}/${draft.documentId}/actions/publish`, {
      observations: edited.map(({ period, series, value }) => ({ period, series, value, provisional: false })),
    });
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200);
    expect(await valueOf(HEAT, '2020', 'Rathaus')).toBe(365);
    await page.getByRole('button', { name: 'Alle 1 Änderungen übernehmen' }).click();
    await expect
      .poll(() => alert().textContent(), POLL)
      .toContain('Die Daten im CMS haben sich seit dem Probelauf geändert');
    expect(await alert().textContent()).toContain('Es wurde nichts gespeichert.');
    expect(await valueOf(HEAT, '2020', 'Rathaus')).toBe(365);
  });

  it('junk renamed to .csv, an XLSX named .csv and oversized requests get a German message, no stack trace', async () => {
    await openImportPage();
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await dryRun({ name: 'daten.csv', mimeType: 'text/csv', buffer: junk });
    const problems = page.getByRole('table', { name: /1 Problem in „daten\.csv“/ });
    expect(await problems.textContent()).toContain('die Datei ist keine Textdatei (CSV)');
    expect(await report().textContent()).not.toMatch(/at .*\.js|Error:/);

    const zipAsCsv = await post('dry-run', upload('tabelle.csv', Buffer.from('PK\x03\x04rest-of-a-zip')));
    expect(zipAsCsv.status).toBe(200);
    expect(zipAsCsv.body.problems![0]!.message).toContain('ist eine Excel-Arbeitsmappe (XLSX), heißt aber „.csv“');
    expect(zipAsCsv.body.fingerprint).toBeNull();

    const brokenXlsx = await post('dry-run', upload('tabelle.xlsx', 'kein zip'));
    expect(brokenXlsx.body.problems![0]!.message).toMatch(/^keine lesbare XLSX-Datei/);

    const huge = await post('dry-run', { file: { name: 'riesig.csv', base64: 'A'.repeat(17 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.body.error!.message).toMatch(/^Die Anfrage ist 17 MB groß; erlaubt sind höchstens 16 MB\./);

    const malformed = await post('dry-run', { file: { name: 'a.csv', base64: '<script>' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error!.message).toMatch(/^Ungültige Anfrage der Import-Seite: .*kein Base64/);
    // The 16 MB allowance is these routes' only: elsewhere the admin keeps 2 MB.
    const elsewhere = await request('POST', '/smart-data/publisher/publish', {
      token: stewardToken,
      body: { pad: 'x'.repeat(3 * 1024 * 1024) },
    });
    expect(elsewhere.status).toBe(413);
  });

  it('an XLSX in wide format is read the same way as on the command line', async () => {
    await openImportPage();
    await dryRun(fixture('valid/breit.xlsx'));
    await expect.poll(() => report().textContent(), POLL).toContain('Gelesen als: Breitformat, Dezimalzeichen');
    expect(await page.getByText(/^Probelauf: \d+ Kennzahlen?, /).count()).toBe(1);
  });

  it('without the permission: 403 from every route and no menu entry', async () => {
    const author = await createEditor('strapi-author');
    const token = await loginToken(author);
    for (const [method, path, body] of [
      ['GET', '/smart-data/import/kpis', undefined],
      ['POST', '/smart-data/import/dry-run', upload('a.csv', 'Kennzahl;Jahr;Wert\n')],
      ['POST', '/smart-data/import/apply', { ...upload('a.csv', 'x'), fingerprint: 'a'.repeat(64) }],
    ] as const) {
      expect((await request(method, path, { token, ...(body ? { body } : {}) })).status, path).toBe(403);
    }
    expect((await request('POST', '/smart-data/import/dry-run', { body: upload('a.csv', 'x') })).status).toBe(401);
    const other = await openBrowser();
    try {
      await logIn(other.page, author);
      await other.page
        .getByRole('link', { name: /Content Manager|Inhalts-Manager/ })
        .first()
        .waitFor();
      expect(await other.page.getByRole('link', { name: 'Datenimport' }).count()).toBe(0);
      // The steward's menu has it.
      expect(await page.getByRole('link', { name: 'Datenimport' }).count()).toBe(1);
    } finally {
      await other.browser.close();
    }
  });
});
