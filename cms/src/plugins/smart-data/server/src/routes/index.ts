// The public read API at /api/<plural> (and /api/site-setting): find and
// findOne only, so every write is refused before any controller runs.
import { factories } from '@strapi/strapi';
import { pluginUid } from '@sdd/shared-types';
import { IMPORT_ACTION } from '../bootstrap/import-permission';
import { PUBLISH_ACTION } from '../bootstrap/publish-permission';
import { PUBLIC_COLLECTIONS, UID } from '../uids';
import { previewRoutes } from './preview';

const readOnly = (uid: string, only: ('find' | 'findOne')[]) =>
  factories.createCoreRouter(uid as never, { prefix: '', only });

const adminWith = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});
const adminOnly = adminWith(PUBLISH_ACTION);
const importers = adminWith(IMPORT_ACTION);

export default {
  ...Object.fromEntries(PUBLIC_COLLECTIONS.map((name) => [name, readOnly(pluginUid(name), ['find', 'findOne'])])),
  'site-setting': readOnly(UID.siteSetting, ['find']),
  // The import command's catalogue and write: API tokens with the data-import permissions only.
  'data-import': {
    type: 'content-api',
    prefix: '',
    routes: [
      { method: 'GET', path: '/import/catalogue', handler: 'data-import.catalogue', config: {} },
      { method: 'POST', path: '/import/observations', handler: 'data-import.apply', config: {} },
      // The council-data sync (npm run oparl); bodies up to 16 MB: cms/src/security/request-limits.ts.
      { method: 'POST', path: '/oparl/sync', handler: 'oparl-sync.sync', config: {} },
    ],
  },
  // Drafts for the preview token (see preview.ts).
  preview: previewRoutes,
  // Admin panel API at /smart-data/… (admin session required): the publishing page and the import page.
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/publisher/status', handler: 'publisher.status', config: adminOnly },
      { method: 'POST', path: '/publisher/publish', handler: 'publisher.publish', config: adminOnly },
      // Bodies up to 16 MB (the uploaded file): cms/src/security/request-limits.ts ADMIN_IMPORT_PATHS.
      { method: 'GET', path: '/import/kpis', handler: 'admin-import.kpis', config: importers },
      { method: 'POST', path: '/import/dry-run', handler: 'admin-import.dryRun', config: importers },
      { method: 'POST', path: '/import/apply', handler: 'admin-import.apply', config: importers },
    ],
  },
};
