// A KPI an editor might create for data the demo lacks (monthly or
// quarterly values): the content manager's create-and-publish body. Used by
// the import integration test and the import benchmark.
import { UID, type Periodicity } from '@sdd/shared-types';

export const KPI_UID = UID.kpi;

export const testKpi = (code: string, periodicity: Periodicity, unit: string) => ({
  code,
  name: `Testkennzahl ${code}`,
  unit,
  description: 'Für den Importtest.',
  method: 'Gemessen.',
  sourceName: 'Stadtwerke',
  licence: 'Datenlizenz Deutschland – Namensnennung – 2.0',
  periodicity,
  polarity: 'neutral',
  decimals: 1,
  exampleData: true,
  sdgs: [{ goal: 7, target: null }],
  observations: [] as { period: string; value: number | null; series: string | null; provisional: boolean }[],
});

/** Creates and publishes the KPI through the content manager's admin API, as an editor's browser does. */
export async function createPublishedKpi(
  cmsUrl: string,
  adminJwt: string,
  kpi: ReturnType<typeof testKpi>,
): Promise<void> {
  const res = await fetch(`${cmsUrl}/content-manager/collection-types/${KPI_UID}/actions/publish`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminJwt}` },
    body: JSON.stringify(kpi),
  });
  if (res.status !== 200) throw new Error(`creating ${kpi.code} failed: ${res.status} ${await res.text()}`);
}
