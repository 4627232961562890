// Changes one field's edit-view settings in the content manager's stored
// view configuration (what "Ansicht konfigurieren" edits), writing only when
// something changed. The configuration exists once Strapi has synced the
// content type; before that, nothing is done and the next start applies it.
import type { Core } from '@strapi/strapi';

export type EditMetadata = {
  visible?: boolean;
  editable?: boolean;
  placeholder?: string;
  label?: string;
  description?: string;
};
type Configuration = { metadatas?: Record<string, { edit?: EditMetadata }>; settings?: unknown; layouts?: unknown };
type ConfigService = {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, config: Configuration): Promise<unknown>;
};

/** `change` edits the field's settings in place and says whether it changed anything. */
export async function changeFieldView(
  strapi: Core.Strapi,
  uid: string,
  field: string,
  change: (edit: EditMetadata) => boolean,
): Promise<void> {
  // Components (uid "category.name") have their own configuration service.
  const isComponent = !uid.includes('::');
  const service = strapi
    .plugin('content-manager')
    .service(isComponent ? 'components' : 'content-types') as ConfigService;
  const model = isComponent ? { uid, category: uid.split('.')[0] } : { uid };
  const config = await service.findConfiguration(model);
  const edit = config.metadatas?.[field]?.edit;
  if (!edit || !change(edit)) return;
  const { metadatas, settings, layouts } = config;
  await service.updateConfiguration(model, { metadatas, settings, layouts });
}
