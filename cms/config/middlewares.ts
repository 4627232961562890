import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Webhook and API bodies stay small; imports send values in batches.
  { name: 'strapi::body', config: { jsonLimit: '2mb', formLimit: '2mb', textLimit: '2mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
