import type { Core } from '@strapi/strapi';

const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // Resolved by path: Strapi looks plugins up from its own package, which in
  // a pnpm workspace cannot see the app's workspace dependencies.
  'smart-data': { enabled: true, resolve: './src/plugins/smart-data' },
  upload: {
    config: {
      security: {
        deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh', 'application/x-executable'],
      },
    },
  },
});

export default config;
