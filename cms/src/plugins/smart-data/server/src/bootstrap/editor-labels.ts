// Writes the German labels and help texts into the content manager's view
// configuration. Only labels still at Strapi's default (the attribute name)
// are replaced, so what an admin changed in "Ansicht konfigurieren" stays.
import type { Core } from '@strapi/strapi';
import { EDITOR_LABELS_DE } from '@sdd/shared-types';

type Metadata = { edit?: { label?: string; description?: string }; list?: { label?: string } };
type Configuration = { metadatas?: Record<string, Metadata>; settings?: unknown; layouts?: unknown };
type ConfigService = {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, config: Configuration): Promise<unknown>;
};

function relabel(config: Configuration, labels: Record<string, [string, string?]>): boolean {
  let changed = false;
  for (const [field, [label, description]] of Object.entries(labels)) {
    const meta = config.metadatas?.[field];
    if (!meta?.edit || meta.edit.label !== field) continue;
    meta.edit.label = label;
    if (description && !meta.edit.description) meta.edit.description = description;
    if (meta.list && meta.list.label === field) meta.list.label = label;
    changed = true;
  }
  return changed;
}

export async function applyEditorLabels(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  for (const [uid, labels] of Object.entries(EDITOR_LABELS_DE)) {
    const service = contentManager.service(
      uid.startsWith('plugin::') ? 'content-types' : 'components',
    ) as ConfigService;
    const model = uid.startsWith('plugin::') ? { uid } : { uid, category: uid.split('.')[0] };
    const config = await service.findConfiguration(model);
    if (!config.metadatas) continue; // not synced yet; applied on the next start
    if (relabel(config, labels)) {
      const { metadatas, settings, layouts } = config;
      await service.updateConfiguration(model, { metadatas, settings, layouts });
    }
  }
}
