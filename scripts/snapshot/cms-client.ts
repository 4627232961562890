// Reads the CMS's public REST API: every page of a collection, explicitly
// published content (or, for the preview, drafts), failing loudly with the
// content type and URL.
import type { z } from 'zod';
import {
  apiPageOfSchema,
  describeIssues,
  DRAFT_COLLECTIONS,
  formatProblems,
  PREVIEW_API_PREFIX,
} from '@sdd/shared-types';

export const PAGE_SIZE = 100; // Strapi's maximum; its default of 25 would silently truncate

/**
 * The `sort` query for reading a collection page by page: by `key`, then by
 * the entry's unique key `unique` (slug or code). Pages are separate queries
 * (LIMIT/OFFSET); when many entries share a key (`order`, `start`), the
 * database may order the ties differently in each, so an entry could appear on
 * two pages and another on none. The unique tie-breaker makes the order total;
 * a slug rather than the random documentId keeps it the same after a reseed
 * (ties read alphabetically, and the committed fixture does not reshuffle).
 */
export const pagedSort = (key: string, unique: string) =>
  key === unique ? `sort[0]=${key}:asc` : `sort[0]=${key}:asc&sort[1]=${unique}:asc`;

/** unreachable: no answer; refused: 401/403 for the token; answer: an unexpected answer. */
export type CmsErrorKind = 'unreachable' | 'refused' | 'answer';

export class CmsError extends Error {
  override readonly name = 'CmsError';
  readonly kind: CmsErrorKind;
  /** The HTTP status of a refusal. */
  readonly status: number | undefined;
  constructor(message: string, kind: CmsErrorKind = 'answer', status?: number) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

export interface CmsClient {
  /** Every entry of `/api/<plural>`, page by page. */
  collection<T extends z.ZodType>(plural: string, populate: string, entry: T): Promise<z.infer<T>[]>;
  /** The single entry of `/api/<singular>`. */
  single<T extends z.ZodType>(singular: string, populate: string, entry: T): Promise<z.infer<T>>;
}

/**
 * `drafts`: read the draft version of the types with draft & publish, through the
 * preview's own routes (the preview token's; the public routes always answer published).
 * `signal`: aborting it ends every request (a build step that timed out or was stopped).
 */
export function createCmsClient(
  baseUrl: string,
  token: string | undefined,
  options: { drafts?: boolean; signal?: AbortSignal } = {},
): CmsClient {
  const base = baseUrl.replace(/\/+$/, '');
  const listPath = (plural: string) =>
    options.drafts && (DRAFT_COLLECTIONS as readonly string[]).includes(plural)
      ? `/api${PREVIEW_API_PREFIX}/${plural}?status=draft`
      : `/api/${plural}?status=published`;

  async function getJson(path: string): Promise<unknown> {
    const url = `${base}${path}`;
    let res: Response;
    try {
      res = await fetch(url, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        signal: options.signal
          ? AbortSignal.any([AbortSignal.timeout(30_000), options.signal])
          : AbortSignal.timeout(30_000),
      });
    } catch (error) {
      if (options.signal?.aborted)
        throw options.signal.reason instanceof Error ? options.signal.reason : new CmsError('stopped');
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new CmsError(
        `Cannot reach the CMS at ${base} (${cause}). Is it running (npm start)? Set CMS_URL to its address.`,
        'unreachable',
      );
    }
    if (res.status === 401 || res.status === 403) {
      throw new CmsError(
        `The CMS refused ${url} (${res.status}): the API token is missing or lacks read access. Check the token: CMS_TOKEN or cms/.data/build-token for the snapshot, CMS_PREVIEW_TOKEN_FILE or cms/.data/preview-token for the preview, CMS_IMPORT_TOKEN or cms/.data/import-token for the import.`,
        'refused',
        res.status,
      );
    }
    if (!res.ok) throw new CmsError(`GET ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    try {
      return await res.json();
    } catch {
      throw new CmsError(`GET ${url} did not answer with JSON.`);
    }
  }

  function parse<T extends z.ZodType>(schema: T, data: unknown, what: string): z.infer<T> {
    const result = schema.safeParse(data);
    if (!result.success)
      throw new CmsError(formatProblems(`Unexpected answer from ${what}`, describeIssues(result.error, data)));
    return result.data;
  }

  return {
    async collection(plural, populate, entry) {
      const entries: z.infer<typeof entry>[] = [];
      for (let page = 1; ; page++) {
        const path = `${listPath(plural)}&pagination[page]=${page}&pagination[pageSize]=${PAGE_SIZE}&${populate}`;
        const body = parse(apiPageOfSchema(entry), await getJson(path), `GET /api/${plural} (page ${page})`);
        entries.push(...body.data);
        if (page >= body.meta.pagination.pageCount) return entries;
      }
    },
    async single(singular, populate, entry) {
      const path = `/api/${singular}?status=published&${populate}`;
      const body = (await getJson(path)) as { data?: unknown };
      if (!body?.data)
        throw new CmsError(`GET ${base}${path} returned no entry: save the ${singular} in the CMS first.`);
      return parse(entry, body.data, `GET /api/${singular}`);
    },
  };
}
