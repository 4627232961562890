// The sync's one request to the CMS (POST /api/oparl/sync with the import
// token): the dry run and the all-or-nothing write, on a fresh connection.
import { OPARL_SYNC_PATH, oparlSyncResultSchema, type OparlSyncRequest, type OparlSyncResult } from '@sdd/shared-types';
import { postJson } from '../import/cms.ts';

export class CmsSyncError extends Error {
  override readonly name = 'CmsSyncError';
}

const tokenHint = 'CMS_IMPORT_TOKEN prüfen (lokal: cms/.data/import-token).';

export async function sendSync(
  cmsUrl: string,
  token: string | undefined,
  request: OparlSyncRequest,
): Promise<OparlSyncResult> {
  let res: { status: number; text: string };
  try {
    res = await postJson(`${cmsUrl.replace(/\/+$/, '')}${OPARL_SYNC_PATH}`, token, JSON.stringify(request), 600_000);
  } catch (error) {
    throw new CmsSyncError(
      `Das CMS unter ${cmsUrl} ist nicht erreichbar oder hat die Verbindung abgebrochen (${(error as Error).message}). Läuft es (npm start)? Ob etwas gespeichert wurde, zeigt ein erneuter Probelauf.`,
    );
  }
  let body: { error?: { message?: string } } = {};
  try {
    body = JSON.parse(res.text) as typeof body;
  } catch {
    // not JSON: reported by status below
  }
  if (res.status === 401 || res.status === 403)
    throw new CmsSyncError(
      `Das CMS hat die Anfrage abgelehnt (${res.status}): der Token darf keine Sitzungen übernehmen. ${tokenHint}`,
    );
  if (res.status < 200 || res.status >= 300) {
    const message = body.error?.message ?? 'unbekannter Fehler';
    throw new CmsSyncError(
      `Das CMS hat die Sitzungen abgelehnt (${res.status}): ${message}${/nichts gespeichert/.test(message) ? '' : ' Es wurde nichts gespeichert.'}`,
    );
  }
  const parsed = oparlSyncResultSchema.safeParse(body);
  if (!parsed.success) throw new CmsSyncError(`Unerwartete Antwort des CMS: ${res.text.slice(0, 200)}`);
  return parsed.data;
}
