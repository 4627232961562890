// The content API at /api/…, for the public role and API tokens.
//  - The public read API at /api/<plural> (and /api/site-setting): find and
//    findOne only, so every write is refused before any controller runs.
//  - The import command's catalogue and write, and the council-data sync: API
//    tokens with the data-import permissions only (the public role never has them).
import { factories } from '@strapi/strapi';
import { pluginUid } from '@sdd/shared-types';
import { PUBLIC_COLLECTIONS, UID } from '../uids';
import type { PluginRouter } from './route-types';

const readOnly = (uid: string, only: ('find' | 'findOne')[]) =>
  factories.createCoreRouter(uid as never, { prefix: '', only });

export const publicReadRoutes = {
  ...Object.fromEntries(PUBLIC_COLLECTIONS.map((name) => [name, readOnly(pluginUid(name), ['find', 'findOne'])])),
  'site-setting': readOnly(UID.siteSetting, ['find']),
};

export const importRoutes = {
  type: 'content-api',
  prefix: '',
  routes: [
    { method: 'GET', path: '/import/catalogue', handler: 'data-import.catalogue', config: {} },
    { method: 'POST', path: '/import/observations', handler: 'data-import.apply', config: {} },
    // The council-data sync (npm run oparl); bodies up to 16 MB: cms/src/security/request-limits.ts.
    { method: 'POST', path: '/oparl/sync', handler: 'oparl-sync.sync', config: {} },
  ],
} satisfies PluginRouter;
