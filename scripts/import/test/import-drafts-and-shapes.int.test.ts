// The import against the real CMS (cms test project, SQLite or PostgreSQL),
// part 2: it never changes what is published except the values of KPIs
// already published (issue 9, the leak) — through the endpoint and through
// the command; the endpoint refuses what the command refuses; and the
// offices' file shapes (--kpi) reach the built site.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, contentManager } from '../../../cms/test/support/api.ts';
import type { Publisher } from '../../publisher/publisher.ts';
import { publisherStatus, settled as waitSettled } from '../../publisher/test/settle.ts';
import { publicKpi, runImport as spawnImport, valueOf, startTestPublisher } from './run-import.ts';
import { createPublishedKpi, KPI_UID as KPI, testKpi } from './test-kpi.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const work = mkdtempSync(join(tmpdir(), 'sdd-import-drafts-'));
let publisher: Publisher;
const runImport = (...args: string[]) => spawnImport(work, ...args);
const builds = async () => (await publisherStatus(publisher)).history.length;
const settled = () => waitSettled(publisher);

type Observation = { period: string; series: string | null; value: number | null };
type CmEntry = { documentId: string; code: string; publishedAt: string | null; observations: Observation[] };

async function postValues(values: unknown[]) {
  const res = await fetch(`${inject('cmsUrl')}/api/import/observations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('importToken')}` },
    body: JSON.stringify({ values }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { error?: { message: string }; perKpi?: { code: string; status: string }[] },
  };
}

/** The editors' draft of a KPI, as the content manager shows it. */
async function draftOf(code: string): Promise<CmEntry> {
  const list = await contentManager<{ results: CmEntry[] }>(
    'GET',
    `/collection-types/${KPI}?filters[code][$eq]=${code}&status=draft`,
  );
  const documentId = list.body.results[0]?.documentId;
  if (!documentId) throw new Error(`no draft of ${code}: ${JSON.stringify(list.body)}`);
  const one = await contentManager<{ data: CmEntry }>('GET', `/collection-types/${KPI}/${documentId}?status=draft`);
  return one.body.data;
}

const valueIn = (entry: { observations: Observation[] } | undefined, period: string, series: string | null = null) =>
  entry?.observations.find((o) => o.period === period && (o.series || null) === series)?.value;

const created: string[] = [];
const createKpi = async (code: string, periodicity: 'yearly' | 'monthly' | 'quarterly', unit: string) => {
  await createPublishedKpi(inject('cmsUrl'), await adminJwt(), testKpi(code, periodicity, unit));
  created.push(code);
};

beforeAll(async () => {
  publisher = await startTestPublisher(work);
});
afterAll(async () => {
  // Other test files expect exactly the demo's published KPIs.
  for (const code of created) {
    const res = await contentManager('DELETE', `/collection-types/${KPI}/${(await draftOf(code)).documentId}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await publicKpi(code)).toBeUndefined();
  }
  await publisher?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('the import never publishes what is not published', () => {
  it('endpoint: a draft-only KPI gets the value in its draft and stays unpublished; no site build', async () => {
    await settled();
    const before = await builds();
    expect(await publicKpi('ENE-99')).toBeUndefined();
    const res = await postValues([{ code: 'ENE-99', period: '2025', series: null, value: 7.5, note: null }]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.perKpi).toEqual([{ code: 'ENE-99', status: 'draft', created: 1, changed: 0, unchanged: 0 }]);
    expect(await publicKpi('ENE-99')).toBeUndefined();
    const draft = await draftOf('ENE-99');
    expect(draft.publishedAt).toBeNull();
    expect(valueIn(draft, '2025')).toBe(7.5);
    await settled();
    expect(await builds()).toBe(before);
  }, 240_000); // waits for any build already under way, before and after

  it('command: the dry run says so per KPI; an unpublished KPI stays unpublished; published ones are published', async () => {
    const dig15 = await draftOf('DIG-15');
    const unpublish = await contentManager(
      'POST',
      `/collection-types/${KPI}/${dig15.documentId}/actions/unpublish`,
      {},
    );
    expect(unpublish.status, JSON.stringify(unpublish.body)).toBe(200);
    expect(await publicKpi('DIG-15')).toBeUndefined();
    const file = join(work, 'entwuerfe.csv');
    // Written here: it names demo KPIs whose state this test sets up.
    writeFileSync(file, 'Kennzahl;Jahr;Wert\nENE-99;2026;9,5\nDIG-15;2026;777\nKLI-03;2026;4\n');
    const dry = await runImport(file);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toMatch(
      /ENE-99 ENTWURF – Installierte Windenergieleistung \[Entwurf – wird nicht veröffentlicht\]: 1 neu/,
    );
    expect(dry.out).toMatch(
      /DIG-15 Teilnahmen an Digitalkompetenz-Schulungen \[Entwurf – wird nicht veröffentlicht\]: 1 neu/,
    );
    expect(dry.out).toMatch(/KLI-03 Tropennächte: 1 neu/);
    const applied = await runImport(file, '--apply');
    expect(applied.code, applied.err).toBe(0);
    expect(applied.out).toContain('Veröffentlicht in 1 Kennzahlen');
    expect(applied.out).toContain('Nur im Entwurf gespeichert, nicht veröffentlicht: DIG-15, ENE-99');
    expect(await publicKpi('ENE-99')).toBeUndefined();
    expect(await publicKpi('DIG-15')).toBeUndefined();
    expect(await valueOf('KLI-03', '2026')).toBe(4);
    expect(valueIn(await draftOf('DIG-15'), '2026')).toBe(777);
    expect(valueIn(await draftOf('ENE-99'), '2026')).toBe(9.5);
    // Put DIG-15 back as the demo has it (other test files expect it published).
    const republish = await contentManager('POST', `/collection-types/${KPI}/${dig15.documentId}/actions/publish`, {});
    expect(republish.status, JSON.stringify(republish.body)).toBe(200);
    expect(await valueOf('DIG-15', '2026')).toBe(777);
  }, 60_000);

  it('the built site has the published KPI and neither draft', async () => {
    await settled();
    const live = publisher.liveSiteDir();
    expect(live).not.toBeNull();
    expect(existsSync(join(live!, 'kennzahlen', 'ene-99.json'))).toBe(false);
    expect(readFileSync(join(live!, 'kennzahlen', 'kli-03.json'), 'utf8')).toContain('"period": "2026"');
  }, 180_000);
});

describe('the endpoint refuses what the command refuses (one rule for both)', () => {
  const value = (over: Record<string, unknown>) => ({
    code: 'KLI-01',
    period: '2020',
    series: null,
    value: 1,
    note: null,
    ...over,
  });
  it.each([
    [
      'a value twice in one request',
      [value({}), value({ value: 2 })],
      /Wert Nr\. 2: KLI-01 2020 kommt doppelt vor \(zuerst in Wert Nr\. 1\)/,
    ],
    [
      'a quarter for a yearly KPI',
      [value({ period: '2020-Q1' })],
      /KLI-01 wird jährlich geführt; „2020-Q1“ ist ein Quartal/,
    ],
    ['1e308', [value({ value: 1e308 })], /unplausibel groß/],
    ['a year out of range', [value({ period: '2090' })], /Jahr „2090“ liegt außerhalb/],
  ])('%s', async (_label, values, message) => {
    const before = await valueOf('KLI-01', '2020');
    const res = await postValues(values);
    expect(res.status).toBe(400);
    expect(res.body.error!.message).toMatch(message);
    expect(res.body.error!.message).toContain('Es wurde nichts gespeichert.');
    expect(await valueOf('KLI-01', '2020')).toBe(before);
  });

  it('more than 100,000 values: "Zu viele Werte", not a dropped connection', async () => {
    const values = Array.from({ length: 100_001 }, (_, i) => ({
      code: 'KLI-01',
      period: String(1900 + (i % 120)),
      series: `s${i}`,
      value: i,
      note: null,
    }));
    const res = await postValues(values);
    expect(res.status).toBe(400);
    expect(res.body.error!.message).toMatch(/^Zu viele Werte: 100\.001 in einer Anfrage, höchstens 100\.000/);
  });
});

describe('files as the offices send them (--kpi), applied and on the built site', () => {
  it('monthly values with German month names, quarters from UTF-16, years as rows with units, cities as rows', async () => {
    await createKpi('STR-M', 'monthly', 'MWh');
    await createKpi('QUA-Q', 'quarterly', '%');
    const energy = await runImport(fixture('valid/liegenschaften-jahre-als-zeilen.csv'), '--kpi', 'ENE-08');
    expect(energy.code, energy.err).toBe(0);
    expect(energy.out).toContain('eine Kennzahl (ENE-08), Zeiträume als Zeilen, Reihen als Spalten');
    expect(energy.out).toContain('! neue Reihe „Brentanoschule“');
    for (const [file, code] of [
      ['valid/liegenschaften-jahre-als-zeilen.csv', 'ENE-08'],
      ['valid/strom-monatlich-cp1252.csv', 'STR-M'],
      ['valid/quartale-utf16.csv', 'QUA-Q'],
      ['valid/vergleich-staedte-jahre-als-spalten.csv', 'DIG-12'],
    ] as const) {
      const run = await runImport(fixture(file), '--kpi', code, '--apply');
      expect(run.code, `${file}: ${run.err}`).toBe(0);
    }
    const unit = await runImport(fixture('with-problems/einheit-passt-nicht.csv'), '--kpi', 'ENE-08', '--apply');
    expect(unit.code).toBe(1);
    expect(unit.err).toContain(
      'einheit-passt-nicht.csv, Zeile 1, Spalte B („Brentanoschule (kWh)“): Einheit „kWh“ passt nicht zu ENE-08',
    );
    await settled();
    const live = publisher.liveSiteDir()!;
    const site = (code: string) =>
      JSON.parse(readFileSync(join(live, 'kennzahlen', `${code.toLowerCase()}.json`), 'utf8')) as {
        observations: Observation[];
      };
    expect(valueIn(site('ENE-08'), '2019', 'Brentanoschule')).toBe(1102);
    expect(valueIn(site('ENE-08'), '2021', 'Stadtbibliothek')).toBeUndefined();
    expect(valueIn(site('STR-M'), '2019-03')).toBeUndefined(); // the series is named by the header: "Verbrauch"
    expect(valueIn(site('STR-M'), '2019-03', 'Verbrauch')).toBe(135220);
    expect(valueIn(site('STR-M'), '2020-02', 'Verbrauch')).toBe(131000);
    expect(valueIn(site('QUA-Q'), '2024-Q2')).toBe(13.1);
    expect(valueIn(site('DIG-12'), '2022', 'Aschaffenburg')).toBe(157133);
    expect(valueIn(site('DIG-12'), '2020', 'Würzburg')).toBeUndefined();
  }, 240_000);

  it('an Open SDG CSV, a GENESIS flat CSV and a file read with a reusable mapping', async () => {
    await createKpi('EIN-W', 'yearly', 'Personen');
    for (const args of [
      [fixture('valid/opensdg-indicator_11-6-1.csv'), '--kpi', 'DIG-13'],
      [fixture('valid/genesis-12411-0015_flat.csv'), '--kpi', 'EIN-W'],
      [fixture('valid/liegenschaften-mit-titel.csv'), '--mapping', fixture('valid/liegenschaften.mapping.json')],
    ]) {
      const run = await runImport(...args, '--apply');
      expect(run.code, `${args[0]}: ${run.err}`).toBe(0);
    }
    await settled();
    const live = publisher.liveSiteDir()!;
    const site = (code: string) =>
      JSON.parse(readFileSync(join(live, 'kennzahlen', `${code.toLowerCase()}.json`), 'utf8')) as {
        observations: Observation[];
      };
    expect(valueIn(site('DIG-13'), '2022', 'high')).toBe(26);
    expect(valueIn(site('DIG-13'), '2017')).toBe(34);
    expect(valueIn(site('EIN-W'), '2021', 'weiblich')).toBe(36210);
    expect(valueIn(site('EIN-W'), '2021')).toBe(71330);
    expect(valueIn(site('EIN-W'), '2022', 'weiblich')).toBeUndefined(); // "-" in the file
    expect(valueIn(site('ENE-08'), '2023', 'Rathaus')).toBe(341);
    expect(valueIn(site('ENE-08'), '2023', 'Summe')).toBeUndefined();
  }, 240_000);
});
