// The CMS plugin's ids in one place: its name, the UID of each of its content
// types and its own permission actions. The plugin registers them, the admin
// screens and the demo seed use them, the publisher and the tests read webhook
// events and write entries by them.
export const PLUGIN_ID = 'smart-data';

/** `plugin::smart-data.<name>`: a content type's UID, or an action of the plugin. */
export const pluginUid = <const S extends string>(name: S) => `plugin::${PLUGIN_ID}.${name}` as const;

export const UID = {
  sdg: pluginUid('sdg'),
  actionDimension: pluginUid('action-dimension'),
  actionField: pluginUid('action-field'),
  kpi: pluginUid('kpi'),
  tile: pluginUid('tile'),
  body: pluginUid('body'),
  meeting: pluginUid('meeting'),
  page: pluginUid('page'),
  siteSetting: pluginUid('site-setting'),
} as const;

export type DashboardUid = (typeof UID)[keyof typeof UID];

/** Whether a UID names a content type (or action) of the plugin. */
export const isPluginUid = (uid: string): boolean => uid.startsWith(pluginUid(''));

/** The plugin's own permissions: publishing by hand and the data import. */
export const PLUGIN_ACTIONS = {
  publish: pluginUid('publish'),
  import: pluginUid('import'),
} as const;
