// Limits of the public read API (/api/…), from the environment. The public
// website never calls the CMS; these protect the CMS from anonymous clients
// that would slow it down for the editors.
import { z } from 'zod';

/** JSON, form and text bodies; the media library's multipart uploads have their own limit. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** The import sends all values of a file in one request (one transaction): 100,000 values are about 10 MB of JSON. */
export const IMPORT_BODY_LIMIT_BYTES = 16 * 1024 * 1024;
export const IMPORT_PATH = '/api/import/observations';
/** The council-data sync sends every changed meeting with its agenda in one request (one transaction). */
export const OPARL_SYNC_PATH = '/api/oparl/sync';
/** The admin page "Datenimport" uploads the file itself (base64 in JSON), on its dry run and again on its apply. */
export const ADMIN_IMPORT_PATHS: readonly string[] = ['/smart-data/import/dry-run', '/smart-data/import/apply'];
/** The routes allowed IMPORT_BODY_LIMIT_BYTES; every other body is held to BODY_LIMIT_BYTES. */
export const isImportPath = (path: string) =>
  path === IMPORT_PATH || path === OPARL_SYNC_PATH || ADMIN_IMPORT_PATHS.includes(path);

const schema = z.object({
  /** Requests per minute and client address to /api/… without a valid API token; 0 switches the limit off. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(300),
  /** Deepest `populate` nesting the public API answers; the site build needs 2, one more is left for API users. */
  API_MAX_POPULATE_DEPTH: z.coerce.number().int().min(1).default(3),
});

export type RequestLimits = z.infer<typeof schema>;

export function requestLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RequestLimits {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new Error(
      `Einstellung ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} — erwartet wird eine ganze Zahl (siehe docs/operators.md).`,
    );
  }
  return result.data;
}

export const isPublicApiPath = (path: string) => path === '/api' || path.startsWith('/api/');
