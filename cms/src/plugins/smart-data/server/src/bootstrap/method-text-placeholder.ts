// Shows the generated explanation of the progress method as the placeholder
// of the site settings' "Text zur Fortschrittsbewertung": an editor sees
// what the site says while the field is empty and can start from it. Set on
// every start, so the placeholder follows the method's parameters.
import { progressMethodMarkdownDe } from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';

type Configuration = { metadatas?: Record<string, { edit?: { placeholder?: string } }>; settings?: unknown; layouts?: unknown };
type ConfigService = {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, config: Configuration): Promise<unknown>;
};

const SETTINGS = { uid: 'plugin::smart-data.site-setting' };

export async function showGeneratedMethodText(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ConfigService;
  const config = await service.findConfiguration(SETTINGS);
  const edit = config.metadatas?.progressMethodText?.edit;
  const generated = progressMethodMarkdownDe();
  if (!edit || edit.placeholder === generated) return; // not synced yet (applied on the next start) or current
  edit.placeholder = generated;
  const { metadatas, settings, layouts } = config;
  await service.updateConfiguration(SETTINGS, { metadatas, settings, layouts });
}
