// The preview server: the newest preview build, on its own port (never the
// live server's), only for holders of a signed, expiring link from the CMS's
// "Vorschau" button (shared-types preview-link.ts).
//   GET <path>?vorschau=<token>  valid: the token goes into a cookie (HttpOnly,
//                                SameSite=Lax, until it expires) and 303 to <path>,
//                                so links within the preview work; with
//                                &stand=<saved, ms> newer than the newest preview
//                                build, a preview build is started (the save's
//                                webhook may not have arrived yet)
//   GET <path> with the cookie   the page; a page request first waits (up to
//                                PREVIEW_WAIT_MS) for a preview build that is due
//                                or running, so the newest save is shown; still
//                                building then: 503, a page that reloads itself
//   no token                     401    wrong or expired token   403
// Every answer: noindex (X-Robots-Tag), no-store, no referrer, and framing only
// by the CMS admin (CSP frame-ancestors).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { PREVIEW_COOKIE, PREVIEW_SAVED_AT_PARAM, PREVIEW_TOKEN_PARAM } from '@sdd/shared-types';
import { checkPreviewToken, type PreviewTokenCheck } from '@sdd/shared-types/preview-link';
import { sendStatic } from '../serve/static-server.ts';
import type { PreviewState } from './preview-runner.ts';

export interface PreviewServerDeps {
  secret: string;
  /** Folder of the newest preview site, or null before the first one. */
  siteDir(): string | null;
  state(): PreviewState;
  /** Starts a preview build (after the debounce). */
  trigger(): void;
  settled(timeoutMs: number): Promise<void>;
  waitMs: number;
  frameAncestors: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small German page for everything that is not the site itself. */
function message(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  title: string,
  text: string,
  refreshSeconds?: number,
): void {
  const refresh = refreshSeconds ? `<meta http-equiv="refresh" content="${refreshSeconds}">` : '';
  res.writeHead(status, { ...headers, 'content-type': 'text/html; charset=utf-8' });
  res.end(
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}<title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${escapeHtml(title)}</h1><p style="white-space:pre-line">${escapeHtml(text)}</p></body></html>`,
  );
}

const REFUSED: Record<Exclude<PreviewTokenCheck, { ok: true }>['reason'], { status: number; text: string }> = {
  missing: {
    status: 401,
    text: 'Die Vorschau ist nur über den Knopf „Vorschau“ im CMS erreichbar. Öffnen Sie den Eintrag im CMS und wählen Sie dort „Vorschau“.',
  },
  malformed: {
    status: 403,
    text: 'Dieser Vorschau-Link ist ungültig. Öffnen Sie die Vorschau erneut über den Knopf „Vorschau“ im CMS.',
  },
  'wrong-signature': {
    status: 403,
    text: 'Dieser Vorschau-Link ist ungültig. Öffnen Sie die Vorschau erneut über den Knopf „Vorschau“ im CMS.',
  },
  expired: {
    status: 403,
    text: 'Dieser Vorschau-Link ist abgelaufen. Öffnen Sie die Vorschau erneut über den Knopf „Vorschau“ im CMS.',
  },
};

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Requests for a page (not a script, style or data file): these wait for a due preview. */
const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

export function createPreviewServer(deps: PreviewServerDeps): Server {
  const headers = {
    'x-robots-tag': 'noindex, nofollow',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'content-security-policy': `frame-ancestors 'self' ${deps.frameAncestors}`,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    const fromLink = url.searchParams.get(PREVIEW_TOKEN_PARAM);
    const check = checkPreviewToken(deps.secret, fromLink ?? cookie(req, PREVIEW_COOKIE));
    if (!check.ok) {
      const refused = REFUSED[check.reason];
      return message(res, refused.status, headers, 'Vorschau nicht verfügbar', refused.text);
    }
    if (fromLink !== null) {
      const savedAt = Number(url.searchParams.get(PREVIEW_SAVED_AT_PARAM) ?? NaN);
      if (Number.isFinite(savedAt) && savedAt >= deps.state().lastStartedAt) deps.trigger();
      url.searchParams.delete(PREVIEW_TOKEN_PARAM);
      url.searchParams.delete(PREVIEW_SAVED_AT_PARAM);
      const maxAge = Math.max(0, Math.floor((check.expiresAt.getTime() - Date.now()) / 1000));
      res.writeHead(303, {
        ...headers,
        location: `${url.pathname}${url.search}`,
        'set-cookie': `${PREVIEW_COOKIE}=${fromLink}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax`,
      });
      res.end();
      return;
    }
    const page = isPage(url.pathname);
    if (page) await deps.settled(deps.waitMs);
    const { last, due, running } = deps.state();
    const dir = deps.siteDir();
    // Still building after the wait: a page that reloads itself rather than an outdated one.
    if (page && (due || running)) {
      return message(
        res,
        503,
        { ...headers, 'retry-after': '3' },
        'Vorschau wird erstellt …',
        'Die Vorschau wird gerade aus den gespeicherten Entwürfen erstellt. Diese Seite lädt sich von selbst neu, sobald sie fertig ist.',
        3,
      );
    }
    if (last?.outcome === 'failure' && !due && !running) {
      return message(
        res,
        502,
        headers,
        'Die Vorschau konnte nicht erstellt werden',
        `Die Entwürfe ergeben keine gültige Website. Beheben Sie den Fehler im CMS und speichern Sie erneut; die Vorschau wird dann neu erstellt.\n\n${last.error ?? ''}`,
      );
    }
    if (!dir)
      return message(
        res,
        503,
        headers,
        'Vorschau wird erstellt …',
        'Die Vorschau wird gerade aus den Entwürfen erstellt. Diese Seite lädt sich in wenigen Sekunden neu.',
        3,
      );
    sendStatic(req, res, dir, headers);
  }

  return createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        message(res, 500, headers, 'Fehler', 'Die Vorschau ist auf einen internen Fehler gestoßen.');
      else res.destroy();
    });
  });
}
