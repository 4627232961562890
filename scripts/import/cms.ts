// The import's view of the CMS: the KPI catalogue (GET /api/import/catalogue,
// drafts included, import token) and the all-or-nothing write. The write
// goes over a connection of its own: reading and checking a large file can
// take longer than the server keeps an idle keep-alive connection open, and
// a request sent on a socket the server is just closing fails as
// "Verbindung abgebrochen".
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  importCatalogueSchema,
  importResultSchema,
  type ImportCatalogueKpi,
  type ImportResult,
  type ImportValue,
} from '@sdd/shared-types';
import { CmsError } from '../snapshot/cms-client.ts';

export class ImportWriteError extends Error {
  override readonly name = 'ImportWriteError';
}

export type CatalogueKpi = ImportCatalogueKpi;

const base = (cmsUrl: string) => cmsUrl.replace(/\/+$/, '');
const tokenHint = 'CMS_IMPORT_TOKEN prüfen (lokal: cms/.data/import-token).';

export async function loadCatalogue(cmsUrl: string, token: string | undefined): Promise<Map<string, CatalogueKpi>> {
  let res: Response;
  try {
    res = await fetch(`${base(cmsUrl)}/api/import/catalogue`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new CmsError(
      `Das CMS unter ${cmsUrl} ist nicht erreichbar (${(error as Error).message}). Läuft es (npm start)? Sonst CMS_URL setzen.`,
    );
  }
  if (res.status === 401 || res.status === 403)
    throw new CmsError(
      `Das CMS verweigert den Kennzahl-Katalog (${res.status}): der Token darf nicht importieren. ${tokenHint}`,
    );
  if (!res.ok) throw new CmsError(`Das CMS antwortet auf den Kennzahl-Katalog mit ${res.status}.`);
  const parsed = importCatalogueSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success)
    throw new CmsError(
      'Unerwartete Antwort des CMS auf den Kennzahl-Katalog (passen CMS und Import-Werkzeug zusammen?).',
    );
  return new Map(parsed.data.kpis.map((k) => [k.code, k]));
}

export function postJson(
  url: string,
  token: string | undefined,
  body: string,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'POST',
        agent: false, // a fresh connection, never a pooled one that may have gone stale
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`keine Antwort nach ${Math.round(timeoutMs / 1000)} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

export async function applyImport(
  cmsUrl: string,
  token: string | undefined,
  values: readonly ImportValue[],
): Promise<ImportResult> {
  let res: { status: number; text: string };
  try {
    const body = JSON.stringify({
      values: values.map(({ code, period, series, value, note, comparison }) => ({
        code,
        period,
        series,
        value,
        note,
        comparison,
      })),
    });
    res = await postJson(`${base(cmsUrl)}/api/import/observations`, token, body, 600_000);
  } catch (error) {
    throw new ImportWriteError(
      `Die Verbindung zum CMS ist abgebrochen (${(error as Error).message}). Ob die Werte gespeichert wurden, zeigt ein erneuter Probelauf: npm run import -- <Datei>`,
      { cause: error },
    );
  }
  let body: { error?: { message?: string } } = {};
  try {
    body = JSON.parse(res.text) as typeof body;
  } catch {
    // not JSON: reported below by status
  }
  if (res.status === 401 || res.status === 403)
    throw new ImportWriteError(
      `Das CMS hat das Schreiben abgelehnt (${res.status}): Der Token darf keine Werte importieren. ${tokenHint}`,
    );
  if (res.status === 413)
    throw new ImportWriteError(
      'Das CMS hat den Import abgelehnt (413): die Anfrage ist zu groß. Die Datei aufteilen und die Teile nacheinander importieren. Es wurde nichts gespeichert.',
    );
  if (res.status < 200 || res.status >= 300)
    throw new ImportWriteError(
      `Das CMS hat den Import abgelehnt (${res.status}): ${body.error?.message ?? 'unbekannter Fehler'}${/nichts gespeichert/.test(body.error?.message ?? '') ? '' : ' Es wurde nichts gespeichert.'}`,
    );
  const result = importResultSchema.safeParse(body);
  if (!result.success) throw new CmsError(`Unerwartete Antwort des CMS auf den Import: ${res.text.slice(0, 200)}`);
  return result.data;
}
