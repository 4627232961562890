// The import's view of the CMS: the KPI catalogue (public read API, through
// the snapshot's client) and the all-or-nothing write.
import { apiKpiSchema, importResultSchema, type ImportResult, type ImportValue, type Kpi } from '@sdd/shared-types';
import { CmsError, createCmsClient } from '../snapshot/cms-client.ts';
import { kpi as toKpi } from '../snapshot/to-snapshot.ts';

export class ImportWriteError extends Error {}

/** What the import needs of each published KPI (other fields are the editors' business). */
export type CatalogueKpi = Pick<Kpi, 'code' | 'name' | 'unit' | 'observations'>;

export async function loadKpis(cmsUrl: string, token: string | undefined): Promise<Map<string, CatalogueKpi>> {
  const entries = await createCmsClient(cmsUrl, token).collection('kpis', 'populate[observations]=true&populate[target]=true&populate[sdgs]=true&populate[actionFields][fields][0]=slug', apiKpiSchema);
  // The snapshot's mapping, without its full validation: a KPI with, say, an odd source link must not block the import.
  return new Map(entries.map((e) => [e.code, (({ code, name, unit, observations }) => ({ code, name, unit, observations }))(toKpi(e))]));
}

export async function applyImport(cmsUrl: string, token: string | undefined, values: readonly ImportValue[]): Promise<ImportResult> {
  let res: Response;
  try {
    res = await fetch(`${cmsUrl.replace(/\/+$/, '')}/api/import/observations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ values: values.map(({ code, period, series, value, note }) => ({ code, period, series, value, note })) }),
      signal: AbortSignal.timeout(300_000),
    });
  } catch (error) {
    throw new ImportWriteError(`Die Verbindung zum CMS ist abgebrochen (${(error as Error).message}). Ob die Werte gespeichert wurden, zeigt ein erneuter Probelauf: npm run import -- <Datei>`);
  }
  const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
  if (res.status === 401 || res.status === 403) throw new ImportWriteError(`Das CMS hat das Schreiben abgelehnt (${res.status}): Der Token darf keine Werte importieren. CMS_IMPORT_TOKEN prüfen (lokal: cms/.data/import-token).`);
  if (!res.ok) throw new ImportWriteError(`Das CMS hat den Import abgelehnt (${res.status}): ${body.error?.message ?? 'unbekannter Fehler'}. Es wurde nichts gespeichert.`);
  const result = importResultSchema.safeParse(body);
  if (!result.success) throw new CmsError(`Unerwartete Antwort des CMS auf den Import: ${JSON.stringify(body).slice(0, 200)}`);
  return result.data;
}
