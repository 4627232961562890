// Comparison series through the import, against the real CMS (cms test
// project): a file marks "Bayern (Vergleich)"; the dry run says the
// comparison series is added, the apply adds it to the KPI's
// "Vergleichsreihen" in the same write as the values (published and draft
// as the import treats them), and the site built by the publisher from the
// snapshot after the import shows it as "Vergleich" without counting it for
// the headline figure, trend or progress. Files and requests that would flip
// a series' role are refused, naming where, with nothing written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kpi, Snapshot } from '@sdd/shared-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, contentManager } from '../../../cms/test/support/api.ts';
import { progressOf } from '../../../site/src/lib/progress.ts';
import type { Publisher } from '../../publisher/publisher.ts';
import { settled as waitSettled } from '../../publisher/test/settle.ts';
import { publicKpi, runImport as spawnImport, startTestPublisher } from './run-import.ts';
import { createPublishedKpi, KPI_UID as KPI, testKpi } from './test-kpi.ts';

const work = mkdtempSync(join(tmpdir(), 'sdd-import-comparison-'));
let publisher: Publisher;
const runImport = (...args: string[]) => spawnImport(work, ...args);

type Observation = { period: string; series: string | null; value: number | null };
type CmEntry = {
  documentId: string;
  code: string;
  publishedAt: string | null;
  comparisonSeries: string | null;
  observations: Observation[];
};

async function postValues(values: unknown[]) {
  const res = await fetch(`${inject('cmsUrl')}/api/import/observations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('importToken')}` },
    body: JSON.stringify({ values }),
  });
  return { status: res.status, body: (await res.json()) as { error?: { message: string } } };
}

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

const publicComparison = async (code: string) =>
  ((await publicKpi(code)) as { comparisonSeries?: string | null } | undefined)?.comparisonSeries ?? null;

// The city's own series falls while the KPI's polarity wants it higher; Bayern rises.
const CITY = [100, 96, 92, 88, 84];
const BAYERN = [100, 110, 120, 130, 140];
const YEARS = [2019, 2020, 2021, 2022, 2023];
const kpiBody = (code: string) => ({
  ...testKpi(code, 'yearly', 'Anzahl'),
  polarity: 'higher-is-better',
  observations: YEARS.map((y, i) => ({ period: String(y), series: 'Stadt', value: CITY[i]!, provisional: false })),
});

beforeAll(async () => {
  publisher = await startTestPublisher(work);
  await createPublishedKpi(inject('cmsUrl'), await adminJwt(), kpiBody('VGL-01') as ReturnType<typeof testKpi>);
  // A KPI that was never published: the import writes its draft only.
  const draft = await contentManager('POST', `/collection-types/${KPI}`, kpiBody('VGL-02'));
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
});
afterAll(async () => {
  for (const code of ['VGL-01', 'VGL-02']) {
    const entry = await draftOf(code).catch(() => undefined);
    if (entry) await contentManager('DELETE', `/collection-types/${KPI}/${entry.documentId}`);
  }
  await publisher?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('a comparison series marked in the file', () => {
  it('command: the dry run says "Vergleichsreihe „Bayern“ wird angelegt"; the apply adds it to both versions with the values', async () => {
    const file = join(work, 'einwohner-vergleich.csv');
    writeFileSync(file, `Gebiet;${YEARS.join(';')}\nStadt;${CITY.join(';')}\nBayern (Vergleich);${BAYERN.join(';')}\n`);
    const dry = await runImport(file, '--kpi', 'VGL-01');
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain(
      '◆ Vergleichsreihe „Bayern“ wird angelegt (zählt nicht für Trend, Kennzahlwert und Fortschritt)',
    );
    expect(dry.out).not.toContain('neue Reihe „Bayern“');
    expect(await publicComparison('VGL-01')).toBeNull();
    const applied = await runImport(file, '--kpi', 'VGL-01', '--apply');
    expect(applied.code, applied.err).toBe(0);
    expect(applied.out).toContain('Gespeichert: 5 neue und 0 geänderte Werte in 1 Kennzahlen.');
    expect(await publicComparison('VGL-01')).toBe('Bayern');
    const draft = await draftOf('VGL-01');
    expect(draft.comparisonSeries).toBe('Bayern');
    expect(draft.observations.filter((o) => o.series === 'Bayern').map((o) => o.value)).toEqual(BAYERN);
    // Importing the same file again changes nothing and adds no second name.
    const again = await runImport(file, '--kpi', 'VGL-01', '--apply');
    expect(again.out).toContain('Nichts zu tun');
    expect(await publicComparison('VGL-01')).toBe('Bayern');
  }, 60_000);

  it('the site built after the import shows "Vergleich" and judges the city by its own series only', async () => {
    await waitSettled(publisher);
    const live = publisher.liveSiteDir();
    expect(live).not.toBeNull();
    const snapshotFile = join(live!, '..', 'snapshot.json');
    expect(existsSync(snapshotFile)).toBe(true);
    const kpi = (JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot).kpis.find(
      (k) => k.code === 'VGL-01',
    ) as Kpi;
    expect(kpi.comparisonSeries).toEqual(['Bayern']);
    // The same values without the mark would be judged by Bayern (first series) and come out on track.
    expect(progressOf({ ...kpi, comparisonSeries: [] }).status).toBe('on-track');
    expect(progressOf(kpi).status).toBe('moving-away');
    const html = readFileSync(join(live!, 'kennzahlen', 'vgl-01', 'index.html'), 'utf8');
    expect(/class="progress progress-([a-z-]+)"/.exec(html)?.[1]).toBe('moving-away');
    expect(html).toContain('Bayern (Vergleich, Anzahl)');
    expect(html).toContain('Im Vergleich 2023:');
    // The headline figure is the city's 84, not Bayern's 140.
    const headline = /<p class="figure">([\s\S]*?)<\/p>/.exec(html)?.[1];
    expect(headline).toContain('84,0');
    expect(headline).not.toContain('140');
  }, 240_000);

  it('a draft-only KPI gets the comparison series in its draft only, and stays unpublished', async () => {
    const res = await postValues(
      YEARS.map((y, i) => ({
        code: 'VGL-02',
        period: String(y),
        series: 'Deutschland',
        value: BAYERN[i]! + 1,
        note: null,
        comparison: true,
      })),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await publicKpi('VGL-02')).toBeUndefined();
    const draft = await draftOf('VGL-02');
    expect(draft.publishedAt).toBeNull();
    expect(draft.comparisonSeries).toBe('Deutschland');
  });
});

describe('a file or request that would flip a series’ role is refused, nothing written', () => {
  it('command: the city’s own series marked "Vergleich = ja" names row, column and the admin', async () => {
    const file = join(work, 'stadt-als-vergleich.csv');
    writeFileSync(file, 'Kennzahl;Jahr;Reihe;Wert;Vergleich\nVGL-01;2024;Stadt;80;ja\n');
    const run = await runImport(file, '--apply');
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'stadt-als-vergleich.csv, Zeile 2, Spalte E („Vergleich“): VGL-01: „Stadt“ ist bisher eine eigene Reihe der Stadt, die Datei markiert sie als Vergleich',
    );
    expect(run.err).toContain('im CMS bei der Kennzahl im Feld „Vergleichsreihen“ eintragen');
    expect((await publicKpi('VGL-01'))?.observations.some((o) => o.period === '2024')).toBe(false);
  });

  it.each([
    [
      'the city’s own series marked comparison',
      { series: 'Stadt', comparison: true },
      /VGL-01, Wert Nr\. 1: „Stadt“ ist bisher eine eigene Reihe der Stadt/,
    ],
    [
      'a comparison series marked own',
      { series: 'Bayern', comparison: false },
      /VGL-01, Wert Nr\. 1: „Bayern“ ist bisher eine Vergleichsreihe/,
    ],
    [
      'the headline series marked comparison',
      { series: null, comparison: true },
      /Die Hauptreihe \(Werte ohne Reihenname\) ist als Vergleich markiert/,
    ],
  ])('endpoint: %s', async (_label, over, message) => {
    const res = await postValues([{ code: 'VGL-01', period: '2024', value: 1, note: null, ...over }]);
    expect(res.status).toBe(400);
    expect(res.body.error!.message).toMatch(message);
    expect(res.body.error!.message).toContain('Es wurde nichts gespeichert.');
    expect((await publicKpi('VGL-01'))?.observations.some((o) => o.period === '2024')).toBe(false);
    expect(await publicComparison('VGL-01')).toBe('Bayern');
  });

  it('endpoint: a KPI left with comparison series only', async () => {
    const empty = await contentManager('POST', `/collection-types/${KPI}`, { ...kpiBody('VGL-03'), observations: [] });
    expect(empty.status, JSON.stringify(empty.body)).toBe(201);
    try {
      const res = await postValues([
        { code: 'VGL-03', period: '2023', series: 'Bayern', value: 1, note: null, comparison: true },
      ]);
      expect(res.status).toBe(400);
      expect(res.body.error!.message).toMatch(/Alle Reihen dieser Kennzahl wären Vergleichsreihen/);
      expect((await draftOf('VGL-03')).observations).toEqual([]);
    } finally {
      await contentManager('DELETE', `/collection-types/${KPI}/${(await draftOf('VGL-03')).documentId}`);
    }
  });
});
