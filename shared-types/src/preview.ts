// The draft preview's fixed names, shared by the CMS (its draft read routes and
// the preview link) and the publisher (its draft snapshot and preview server).

/** The content types with draft & publish (singular → the API's plural). */
export const DRAFT_TYPES = { kpi: 'kpis', tile: 'tiles', meeting: 'meetings', page: 'pages' } as const;

/** Their collections: the preview reads their drafts through `/api/preview/<plural>`. */
export const DRAFT_COLLECTIONS = Object.values(DRAFT_TYPES);
export type DraftCollection = (typeof DRAFT_TYPES)[keyof typeof DRAFT_TYPES];

/** Path prefix of the CMS's draft read routes (below `/api`), open only to the preview token. */
export const PREVIEW_API_PREFIX = '/preview';

/** Query parameter of a preview link that carries the signed token. */
export const PREVIEW_TOKEN_PARAM = 'vorschau';

/**
 * Query parameter of a preview link with the entry's last save (Unix ms). The
 * preview server starts a preview build when its newest one began before that,
 * so the preview cannot miss a save whose webhook is still on its way.
 */
export const PREVIEW_SAVED_AT_PARAM = 'stand';

/** Cookie in which the preview server keeps the token after the first request, so links within the preview work. */
export const PREVIEW_COOKIE = 'sdd_vorschau';

/** How long a preview link stays valid. An editor who needs longer opens the preview again. */
export const PREVIEW_LINK_TTL_SECONDS = 60 * 60;
