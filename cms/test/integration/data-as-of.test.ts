// "Datenstand" follows the values: publishing a KPI with new values sets it
// to today; publishing without value changes, or with a date the editor set,
// leaves it alone. Through the content manager's API, as the admin does it.
import { describe, expect, it } from 'vitest';
import { demoData } from '../../src/demo-data/index.ts';
import { contentManager, getAll } from '../support/api.ts';

const KPI = '/collection-types/plugin::smart-data.kpi';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

type KpiEntry = {
  documentId: string;
  dataAsOf: string | null;
  observations: Array<{ period: string; value: number | null; series: string | null; provisional: boolean }>;
};

async function publishedKpi(code: string): Promise<KpiEntry> {
  const [entry] = await getAll('kpis', `filters[code][$eq]=${code}&populate[observations]=true`);
  return entry as unknown as KpiEntry;
}

async function publishWith(documentId: string, data: object) {
  const res = await contentManager('POST', `${KPI}/${documentId}/actions/publish`, data);
  expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(200);
}

describe('Datenstand of a KPI', () => {
  const candidates = demoData.kpis.filter(
    (k) => !demoData.drafts.kpis.includes(k.code) && k.dataAsOf !== today && k.observations.length > 0,
  );

  it('stays when a KPI is published without changed values', async () => {
    const kpi = await publishedKpi(candidates[0]!.code);
    await publishWith(kpi.documentId, { responsibleOffice: 'Amt für Statistik (geprüft)' });
    expect((await publishedKpi(candidates[0]!.code)).dataAsOf).toBe(kpi.dataAsOf);
  });

  it('becomes today when new values are published', async () => {
    const kpi = await publishedKpi(candidates[1]!.code);
    const observations = kpi.observations.map(({ period, value, series, provisional }) => ({
      period,
      value,
      series,
      provisional,
    }));
    const last = observations[observations.length - 1]!;
    observations[observations.length - 1] = { ...last, value: (last.value ?? 0) + 1 };
    await publishWith(kpi.documentId, { observations });
    expect((await publishedKpi(candidates[1]!.code)).dataAsOf).toBe(today);
  });

  it('keeps a date the editor set together with new values', async () => {
    const kpi = await publishedKpi(candidates[2]!.code);
    const observations = kpi.observations.map(({ period, value, series, provisional }) => ({
      period,
      value: (value ?? 0) + 1,
      series,
      provisional,
    }));
    await publishWith(kpi.documentId, { observations, dataAsOf: '2025-01-31' });
    expect((await publishedKpi(candidates[2]!.code)).dataAsOf).toBe('2025-01-31');
  });
});
