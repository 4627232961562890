// Reads an OParl server: single objects and paginated lists. Lists are
// followed by `links.next` until it ends (page counts and `limit` are never
// trusted); a page URL seen twice ends the list with an error instead of
// looping. Tolerates what real servers do (../../shared/reference/oparl.md
// §1.7): 404 for an empty page, a bare array or a single object instead of a
// list page, unescaped control characters in the JSON, and intermittent 5xx
// answers (bounded retries with growing waits). Requests are spaced by
// `throttleMs`, so the city's server is not hammered.
import { setTimeout as sleep } from 'node:timers/promises';

export class OparlError extends Error {
  override readonly name = 'OparlError';
}

export interface ClientOptions {
  /** Least time between two requests. */
  throttleMs: number;
  /** Tries per request on 5xx, 429 or a broken connection. */
  tries: number;
  /** Wait before the second try; doubled for each further one. */
  backoffMs: number;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Called after each page read (progress). */
  onPage?: (url: string, items: number) => void;
}

export const DEFAULT_CLIENT_OPTIONS: ClientOptions = { throttleMs: 200, tries: 4, backoffMs: 2000, timeoutMs: 60_000 };

export interface Answer {
  status: number;
  json: unknown;
  /** The server's clock (HTTP Date header), for the next incremental sync. */
  date: Date | undefined;
}

/** JSON.parse, retried with raw control characters (invalid inside JSON strings) turned into spaces. */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // eslint-disable-next-line no-control-regex
    return JSON.parse(text.replace(/[\u0000-\u001f]/g, ' '));
  }
}

export function createClient(options: ClientOptions = DEFAULT_CLIENT_OPTIONS) {
  let lastRequest = 0;
  let requests = 0;

  async function get(url: string, notFoundIsEmpty = false): Promise<Answer> {
    let failure = '';
    for (let attempt = 1; attempt <= options.tries; attempt++) {
      if (attempt > 1) await sleep(options.backoffMs * 2 ** (attempt - 2));
      const wait = lastRequest + options.throttleMs - Date.now();
      if (wait > 0) await sleep(wait);
      lastRequest = Date.now();
      requests++;
      let res: Response;
      try {
        res = await fetch(url, {
          headers: { accept: 'application/json' },
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        failure = `keine Verbindung (${(error as Error).message})`;
        continue;
      }
      const date = res.headers.get('date') ? new Date(res.headers.get('date')!) : undefined;
      if (res.status === 404 && notFoundIsEmpty) {
        await res.body?.cancel();
        return { status: 404, json: { data: [] }, date };
      }
      if (res.status >= 500 || res.status === 429) {
        await res.body?.cancel();
        failure = `HTTP ${res.status}`;
        continue;
      }
      const body = await res.text();
      if (!res.ok) throw new OparlError(`${url} antwortete mit HTTP ${res.status}. Ist die Adresse richtig?`);
      try {
        return { status: res.status, json: parseLenientJson(body), date };
      } catch {
        throw new OparlError(`${url} lieferte kein JSON (Anfang: „${body.slice(0, 80)}“). Ist es eine OParl-Adresse?`);
      }
    }
    throw new OparlError(
      `${url} antwortete nach ${options.tries} Versuchen nicht (${failure}). Das Ratsinformationssystem ist gestört; später erneut versuchen.`,
    );
  }

  /** The items of one list page in whichever shape the server sent it, and the next page's URL. */
  function page(json: unknown): { items: unknown[]; next: string | undefined } {
    if (Array.isArray(json)) return { items: json, next: undefined };
    if (typeof json !== 'object' || json === null) return { items: [], next: undefined };
    const o = json as { data?: unknown; links?: { next?: unknown }; id?: unknown };
    if (!('data' in o) && typeof o.id === 'string') return { items: [o], next: undefined };
    const items = Array.isArray(o.data) ? o.data : o.data ? [o.data] : [];
    return { items, next: typeof o.links?.next === 'string' && o.links.next ? o.links.next : undefined };
  }

  /** Every item of a list, page by page, following `links.next` until it ends. */
  async function* list(url: string): AsyncGenerator<unknown> {
    const seen = new Set<string>();
    for (let next: string | undefined = url; next;) {
      if (seen.has(next)) throw new OparlError(`Die Liste ${url} verweist im Kreis (Seite ${next} kommt doppelt vor).`);
      seen.add(next);
      const answer = await get(next, true);
      const { items, next: following } = page(answer.json);
      options.onPage?.(next, items.length);
      yield* items;
      next = following;
    }
  }

  return { get, list, requests: () => requests };
}

export type OparlClient = ReturnType<typeof createClient>;

/** A list URL with `modified_since` added (kept in every `links.next`, as the spec demands of servers). */
export function withModifiedSince(url: string, since: Date | undefined): string {
  if (!since) return url;
  const u = new URL(url);
  u.searchParams.set('modified_since', since.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  return u.toString();
}
