// Who may read the CMS's answers from a web page on another origin.
// Credentialed CORS (cookies: the admin's refresh cookie behind
// /admin/access-token and /admin/login) only for the admin's own origin
// (PUBLIC_URL) and the origins listed in CORS_ORIGINS. Any origin may read
// the public read API (/api/…) without credentials: it serves published
// content only and authenticates by bearer token, never by cookie.
// Everything else gets no CORS headers at all, so a page on
// https://evil.example (or a sibling subdomain) cannot read it.
import type { Context } from 'koa';

export interface CorsPolicy {
  /** Origins allowed credentialed requests. */
  trusted: ReadonlySet<string>;
}

/**
 * "https://cms.example.org/some/path" → "https://cms.example.org"; blank, invalid or not http(s) → null (never the
 * origin "null").
 */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

export function corsPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): CorsPolicy {
  const listed = (env.CORS_ORIGINS ?? '').split(',').filter((s) => s.trim());
  const invalid = listed.filter((s) => originOf(s) === null);
  if (invalid.length > 0)
    throw new Error(
      `CORS_ORIGINS: "${invalid.join('", "')}" ist keine Adresse wie https://cms.example.org (Komma-getrennte Liste).`,
    );
  const trusted = [env.PUBLIC_URL ?? '', ...listed].map(originOf).filter((o): o is string => o !== null);
  return { trusted: new Set(trusted) };
}

const isPublicApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** The Access-Control-Allow-Origin to send ('' = none) and whether credentials are allowed. */
export function corsDecision(
  policy: CorsPolicy,
  requestOrigin: string,
  path: string,
): { origin: string; credentials: boolean } {
  if (policy.trusted.has(requestOrigin)) return { origin: requestOrigin, credentials: true };
  if (isPublicApi(path)) return { origin: '*', credentials: false };
  return { origin: '', credentials: false };
}

/** Options for `strapi::cors` (origin and credentials as functions of the request). */
export function corsMiddlewareConfig(policy: CorsPolicy) {
  return {
    origin: (ctx: Context) => {
      const { origin } = corsDecision(policy, ctx.get('Origin'), ctx.path);
      return origin ? [origin] : [];
    },
    credentials: (ctx: Context) => corsDecision(policy, ctx.get('Origin'), ctx.path).credentials,
  };
}
