import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // The import sends all values in one request (one transaction): 10,000
  // values are about 1 MB of JSON.
  { name: 'strapi::body', config: { jsonLimit: '16mb', formLimit: '2mb', textLimit: '2mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
