// Relation pickers and lists show an entry by its content-manager "main
// field": `label` ("KLI-01 – Radwege…") for KPIs and SDGs, where Strapi would
// pick the bare code or number. `label` is computed, so it is hidden from
// the edit form. A picker shows and searches the main field that the *source*
// type's view configuration stores for its relation field (copied from the
// target when Strapi first configured the source, i.e. `code`), so those are
// pointed at `label` too: otherwise "Radverkehr" found no KPI for a tile.
import type { Core } from '@strapi/strapi';
import { isPluginUid, PLUGIN_ID } from '@sdd/shared-types';
import { LABELLED } from './display-label';

type Layout = Array<Array<{ name: string; size: number }>>;
type Configuration = {
  settings?: { mainField?: string } & Record<string, unknown>;
  metadatas?: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
  layouts?: { edit?: Layout; list?: string[] } & Record<string, unknown>;
};
type ConfigService = {
  findConfiguration(model: { uid: string; category?: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string; category?: string }, config: Configuration): Promise<unknown>;
};
type Schema = { attributes: Record<string, { type?: string; target?: string }> };

/** Relation fields of the plugin's content types and components that point at a labelled type, by source UID. */
function relationsToLabelled(strapi: Core.Strapi): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  const schemas = {
    ...(strapi.contentTypes as unknown as Record<string, Schema>),
    ...(strapi.components as unknown as Record<string, Schema>),
  };
  for (const [uid, schema] of Object.entries(schemas)) {
    if (!isPluginUid(uid) && !uid.startsWith(`${PLUGIN_ID}.`)) continue;
    const fields = Object.entries(schema.attributes)
      .filter(([, a]) => a.type === 'relation' && a.target !== undefined && a.target in LABELLED)
      .map(([name]) => name);
    if (fields.length > 0) sources.set(uid, fields);
  }
  return sources;
}

async function pointRelationsAtLabel(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  for (const [uid, fields] of relationsToLabelled(strapi)) {
    const isType = uid.startsWith('plugin::');
    const service = contentManager.service(isType ? 'content-types' : 'components') as ConfigService;
    const model = isType ? { uid } : { uid, category: uid.split('.')[0] };
    const config = await service.findConfiguration(model);
    const stale = fields.filter((f) => config.metadatas?.[f]?.edit && config.metadatas[f].edit.mainField !== 'label');
    if (stale.length === 0) continue; // already pointed, or not synced yet (next start)
    for (const f of stale) config.metadatas![f]!.edit = { ...config.metadatas![f]!.edit, mainField: 'label' };
    const { settings, metadatas, layouts } = config;
    await service.updateConfiguration(model, { settings, metadatas, layouts });
  }
}

export async function useLabelAsMainField(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ConfigService;
  for (const uid of Object.keys(LABELLED)) {
    const config = await service.findConfiguration({ uid });
    if (!config.settings || !config.metadatas?.label?.edit || !config.layouts?.edit) continue; // not synced yet: next start
    const inForm = config.layouts.edit.some((row) => row.some((f) => f.name === 'label'));
    if (config.settings.mainField === 'label' && config.metadatas.label.edit.visible === false && !inForm) continue;
    config.settings.mainField = 'label';
    config.metadatas.label.edit = {
      ...config.metadatas.label.edit,
      label: 'Anzeigename',
      visible: false,
      editable: false,
    };
    if (config.metadatas.label.list)
      config.metadatas.label.list = { ...config.metadatas.label.list, label: 'Anzeigename' };
    config.layouts.edit = config.layouts.edit
      .map((row) => row.filter((f) => f.name !== 'label'))
      .filter((row) => row.length > 0);
    const { settings, metadatas, layouts } = config;
    await service.updateConfiguration({ uid }, { settings, metadatas, layouts });
  }
  await pointRelationsAtLabel(strapi);
}
