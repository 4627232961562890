import { factories, type Core } from '@strapi/strapi';
import { pluginUid } from '@sdd/shared-types';
import { PUBLIC_ACTIONS } from '../bootstrap/public-permissions';
import { PREVIEW_ACTIONS } from '../routes/preview';
import { UID } from '../uids';
import { adminImport } from './admin-import';
import { previewLink } from '../preview/preview-link';
import { observationImport } from './observation-import';
import { oparlSync } from './oparl-sync';

// Core services back the core controllers; the plugin's own logic lives in
// plain modules (validation/, bootstrap/) rather than in services.
const coreServices = Object.fromEntries(
  Object.entries({
    sdg: UID.sdg,
    'action-dimension': UID.actionDimension,
    'action-field': UID.actionField,
    kpi: UID.kpi,
    tile: UID.tile,
    body: UID.body,
    meeting: UID.meeting,
    page: UID.page,
    'site-setting': UID.siteSetting,
  }).map(([name, uid]) => [name, factories.createCoreService(uid as never)]),
);

/** What the host app may ask of the plugin. */
const publicApi = () => ({
  /** Content-API actions of the public read API, e.g. for a least-privilege build token. */
  readActions: (): string[] => [...PUBLIC_ACTIONS],
  /** Content-API actions of the import: its catalogue (drafts included) and its write. */
  importActions: (): string[] => [
    `${pluginUid('data-import')}.catalogue`,
    `${pluginUid('data-import')}.apply`,
    // The council-data sync (npm run oparl) uses the same token.
    `${pluginUid('oparl-sync')}.sync`,
  ],
  /** Content-API actions of the preview's draft reads (the four types with draft & publish). */
  previewActions: (): string[] => [...PREVIEW_ACTIONS],
});

/** The plugin's own services, by the name getService (get-service.ts) takes. */
export const ownServices = {
  'public-api': publicApi,
  'observation-import': observationImport,
  'admin-import': adminImport,
  'oparl-sync': oparlSync,
  'preview-link': ({ strapi }: { strapi: Core.Strapi }) => previewLink(strapi),
};

export default { ...coreServices, ...ownServices };
