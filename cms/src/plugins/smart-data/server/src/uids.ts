// Content-type UIDs of the plugin, in one place.
export const PLUGIN_ID = 'smart-data';

export const UID = {
  sdg: 'plugin::smart-data.sdg',
  actionDimension: 'plugin::smart-data.action-dimension',
  actionField: 'plugin::smart-data.action-field',
  kpi: 'plugin::smart-data.kpi',
  tile: 'plugin::smart-data.tile',
  body: 'plugin::smart-data.body',
  meeting: 'plugin::smart-data.meeting',
  page: 'plugin::smart-data.page',
  siteSetting: 'plugin::smart-data.site-setting',
} as const;

export type DashboardUid = (typeof UID)[keyof typeof UID];

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
