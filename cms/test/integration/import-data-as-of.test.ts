// "Datenstand" follows imported values as it follows published ones: the
// import (POST /api/import/observations, rows written in bulk past the
// document service) sets it to today where published values change — in the
// published version and the editors' draft, unless that draft holds a date
// of its own — and in the draft only for a KPI that is not published.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPublishedKpi, KPI_UID, testKpi } from '../../../scripts/import/test/test-kpi.ts';
import { adminJwt, contentManager, getAll } from '../support/api.ts';

const KPI = `/collection-types/${KPI_UID}`;
const OLD_DATE = '2024-05-01';
const EDITOR_DATE = '2025-01-31';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

type CmEntry = { documentId: string; dataAsOf: string | null; publishedAt: string | null };

const kpiWithDate = (code: string) => ({
  ...testKpi(code, 'yearly', 'Anzahl'),
  dataAsOf: OLD_DATE,
  observations: [{ period: '2022', value: 1, series: null, provisional: false }],
});

async function importValues(values: { code: string; period: string; value: number }[]) {
  const res = await fetch(`${inject('cmsUrl')}/api/import/observations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('importToken')}` },
    body: JSON.stringify({ values: values.map((v) => ({ ...v, series: null, note: null })) }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

async function draftOf(code: string): Promise<CmEntry> {
  const list = await contentManager<{ results: CmEntry[] }>('GET', `${KPI}?filters[code][$eq]=${code}&status=draft`);
  const documentId = list.body.results[0]!.documentId;
  return (await contentManager<{ data: CmEntry }>('GET', `${KPI}/${documentId}?status=draft`)).body.data;
}

const publishedDate = async (code: string) => (await getAll('kpis', `filters[code][$eq]=${code}`))[0]?.dataAsOf;

const created: string[] = [];
async function publishedKpi(code: string): Promise<void> {
  await createPublishedKpi(inject('cmsUrl'), await adminJwt(), kpiWithDate(code));
  created.push(code);
}

afterAll(async () => {
  // Other test files expect exactly the demo's KPIs.
  for (const code of created) await contentManager('DELETE', `${KPI}/${(await draftOf(code)).documentId}`);
});

describe('Datenstand after an import', () => {
  it('becomes today in both versions when the import changes published values', async () => {
    await publishedKpi('DAT-01');
    expect(await publishedDate('DAT-01')).toBe(OLD_DATE);
    await importValues([{ code: 'DAT-01', period: '2023', value: 2 }]);
    expect(await publishedDate('DAT-01')).toBe(today);
    expect((await draftOf('DAT-01')).dataAsOf).toBe(today);
  });

  it('stays when the import brings only values the KPI already has', async () => {
    await publishedKpi('DAT-02');
    await importValues([{ code: 'DAT-02', period: '2022', value: 1 }]);
    expect(await publishedDate('DAT-02')).toBe(OLD_DATE);
    expect((await draftOf('DAT-02')).dataAsOf).toBe(OLD_DATE);
  });

  it('keeps a date the editor set in the draft, while the published version gets today', async () => {
    await publishedKpi('DAT-03');
    const draft = await draftOf('DAT-03');
    const saved = await contentManager('PUT', `${KPI}/${draft.documentId}`, { dataAsOf: EDITOR_DATE });
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200);
    await importValues([{ code: 'DAT-03', period: '2023', value: 3 }]);
    expect(await publishedDate('DAT-03')).toBe(today);
    expect((await draftOf('DAT-03')).dataAsOf).toBe(EDITOR_DATE);
  });

  it('becomes today only in the draft of a KPI that is not published, which stays unpublished', async () => {
    const res = await contentManager('POST', KPI, kpiWithDate('DAT-04'));
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201);
    created.push('DAT-04');
    await importValues([{ code: 'DAT-04', period: '2023', value: 4 }]);
    const draft = await draftOf('DAT-04');
    expect(draft.dataAsOf).toBe(today);
    expect(await getAll('kpis', 'filters[code][$eq]=DAT-04')).toEqual([]);
  });
});
