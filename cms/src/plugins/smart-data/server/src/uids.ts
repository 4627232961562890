// The plugin's content-type UIDs come from shared-types (one place for the
// CMS, the demo seed, the publisher and the tests); the list of what the
// public API serves is the server's own.
export { UID, type DashboardUid } from '@sdd/shared-types';

/** Collection types served read-only at /api/<plural>. */
export const PUBLIC_COLLECTIONS = [
  'sdg',
  'action-dimension',
  'action-field',
  'kpi',
  'tile',
  'body',
  'meeting',
  'page',
] as const;
