import type { Core } from '@strapi/strapi';
import { corsMiddlewareConfig, corsPolicyFromEnv } from '../src/security/cors';

// Order matters: the rate limit before any work; the body size before
// strapi::body reads the body; the populate depth after strapi::query has
// parsed the query string. Limits and CORS are explained in docs/operators.md.
const config = (): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Credentialed CORS only for PUBLIC_URL and CORS_ORIGINS (src/security/cors.ts).
  { name: 'strapi::cors', config: corsMiddlewareConfig(corsPolicyFromEnv()) as never },
  'strapi::poweredBy',
  'global::api-rate-limit',
  'strapi::query',
  'global::api-populate-depth',
  'global::body-size',
  // 16 MB is the import's limit; every other request is held to 2 MB by global::body-size.
  { name: 'strapi::body', config: { jsonLimit: '16mb', formLimit: '2mb', textLimit: '2mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
