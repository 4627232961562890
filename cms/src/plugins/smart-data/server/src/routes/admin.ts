// The admin panel API at /smart-data/… (admin session and a permission of
// the plugin): the publishing page and the import page.
import { IMPORT_ACTION } from '../bootstrap/import-permission';
import { PUBLISH_ACTION } from '../bootstrap/publish-permission';
import type { PluginRouter } from './route-types';

const adminWith = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});
const publishers = adminWith(PUBLISH_ACTION);
const importers = adminWith(IMPORT_ACTION);

export const adminRoutes = {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/publisher/status', handler: 'publisher.status', config: publishers },
    { method: 'POST', path: '/publisher/publish', handler: 'publisher.publish', config: publishers },
    // Bodies up to 16 MB (the uploaded file): cms/src/security/request-limits.ts ADMIN_IMPORT_PATHS.
    { method: 'GET', path: '/import/kpis', handler: 'admin-import.kpis', config: importers },
    { method: 'POST', path: '/import/dry-run', handler: 'admin-import.dryRun', config: importers },
    { method: 'POST', path: '/import/apply', handler: 'admin-import.apply', config: importers },
  ],
} satisfies PluginRouter;
