// The preview's draft reads: GET /api/preview/<plural> for the four types with
// draft & publish. Each route's action (plugin::smart-data.preview-<type>.find)
// is granted to no role: only the preview token carries it (bootstrap of the
// host, api-tokens.ts), so drafts stay closed to visitors and the build token.
import { DRAFT_COLLECTIONS, PREVIEW_API_PREFIX, pluginUid, type DraftCollection } from '@sdd/shared-types';
import type { PluginRouter } from './route-types';

const CONTROLLER = {
  kpis: 'preview-kpi',
  tiles: 'preview-tile',
  meetings: 'preview-meeting',
  pages: 'preview-page',
} as const satisfies Record<DraftCollection, string>;

/** Content-API actions of the draft reads, for the preview token. */
export const PREVIEW_ACTIONS = DRAFT_COLLECTIONS.map((plural) => `${pluginUid(CONTROLLER[plural])}.find`);

export const previewRoutes = {
  type: 'content-api' as const,
  prefix: '',
  routes: DRAFT_COLLECTIONS.map((plural) => ({
    method: 'GET' as const,
    path: `${PREVIEW_API_PREFIX}/${plural}`,
    handler: `${CONTROLLER[plural]}.find` as const,
    config: {},
  })),
} satisfies PluginRouter;
