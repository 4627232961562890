// Admin API for the "Veröffentlichung" page: the publisher's status, and a
// build started by hand. The webhook secret stays on the server.
import { publisherStatusSchema } from '@sdd/shared-types';
import { publisherSettings } from '../bootstrap/publish-webhook';

type Ctx = { body: unknown; status: number };

const UNCONFIGURED = 'Die Veröffentlichung ist nicht eingerichtet (SDD_PUBLISHER_URL und SDD_WEBHOOK_SECRET fehlen).';
const unreachable = (url: string) => `Der Veröffentlichungsdienst unter ${url} antwortet nicht. Läuft er (npm start)?`;

async function call(path: string, init: RequestInit = {}): Promise<Response | string> {
  const settings = publisherSettings();
  if (!settings) return UNCONFIGURED;
  try {
    return await fetch(`${settings.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${settings.secret}`, ...init.headers },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    return unreachable(settings.url);
  }
}

export default {
  async status(ctx: Ctx) {
    const res = await call('/status');
    if (typeof res === 'string') {
      ctx.status = 503;
      ctx.body = { error: res };
      return;
    }
    const parsed = publisherStatusSchema.safeParse(await res.json().catch(() => null));
    ctx.status = parsed.success ? 200 : 502;
    ctx.body = parsed.success ? parsed.data : { error: 'Der Veröffentlichungsdienst hat unerwartet geantwortet.' };
  },
  async publish(ctx: Ctx) {
    const res = await call('/builds', { method: 'POST' });
    if (typeof res === 'string') {
      ctx.status = 503;
      ctx.body = { error: res };
      return;
    }
    ctx.status = res.status === 202 ? 202 : 502;
    ctx.body =
      res.status === 202
        ? { accepted: true }
        : { error: `Der Veröffentlichungsdienst hat den Auftrag abgelehnt (${res.status}).` };
  },
};
