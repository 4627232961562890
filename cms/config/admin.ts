import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // Strapi's guard against password guessing: at most this many login attempts per e-mail address,
  // path and client address in 5 minutes (Strapi's default is 5). The test CMS raises it, since
  // every test file logs the same test admin in again.
  rateLimit: {
    max: env.int('ADMIN_LOGIN_RATE_LIMIT_MAX', 5),
  },
  // The "Vorschau" button: the entry's page built from the drafts, on the publisher's preview
  // server (SDD_PREVIEW_URL), behind a signed link that expires (plugin: preview/preview-link.ts).
  // allowedOrigins lets the admin frame that server (CSP frame-src).
  preview: {
    enabled: Boolean(env('SDD_PREVIEW_URL') && env('SDD_WEBHOOK_SECRET')),
    config: {
      allowedOrigins: env('SDD_PREVIEW_URL') ? [new URL(env('SDD_PREVIEW_URL')!).origin] : [],
      handler: (uid: string, params: { documentId?: string; status?: string }) =>
        strapi.plugin('smart-data').service('preview-link').url(uid, params),
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});

export default config;
