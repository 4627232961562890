// Relation pickers and lists show an entry by its content-manager "main
// field": `label` ("KLI-01 – Radwege…") for KPIs and SDGs, where Strapi would
// pick the bare code or number. `label` is computed, so it is hidden from
// the edit form.
import type { Core } from '@strapi/strapi';
import { LABELLED } from './display-label';

type Layout = Array<Array<{ name: string; size: number }>>;
type Configuration = {
  settings?: { mainField?: string } & Record<string, unknown>;
  metadatas?: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
  layouts?: { edit?: Layout; list?: string[] } & Record<string, unknown>;
};
type ConfigService = {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, config: Configuration): Promise<unknown>;
};

export async function useLabelAsMainField(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ConfigService;
  for (const uid of Object.keys(LABELLED)) {
    const config = await service.findConfiguration({ uid });
    if (!config.settings || !config.metadatas?.label?.edit || !config.layouts?.edit) continue; // not synced yet: next start
    const inForm = config.layouts.edit.some((row) => row.some((f) => f.name === 'label'));
    if (config.settings.mainField === 'label' && config.metadatas.label.edit.visible === false && !inForm) continue;
    config.settings.mainField = 'label';
    config.metadatas.label.edit = { ...config.metadatas.label.edit, label: 'Anzeigename', visible: false, editable: false };
    if (config.metadatas.label.list) config.metadatas.label.list = { ...config.metadatas.label.list, label: 'Anzeigename' };
    config.layouts.edit = config.layouts.edit.map((row) => row.filter((f) => f.name !== 'label')).filter((row) => row.length > 0);
    const { settings, metadatas, layouts } = config;
    await service.updateConfiguration({ uid }, { settings, metadatas, layouts });
  }
}
