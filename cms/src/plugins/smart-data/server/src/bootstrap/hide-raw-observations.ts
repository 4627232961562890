// Hides the content manager's stock editor of a KPI's `observations` rows:
// its number input parses by the admin language ("12,5" → 125 in English,
// "12.5" → 125 in German), silently. The values are edited in the plugin's
// value table instead (admin side panel "Werte"), which writes the same rows.
// Set on every start, so a "Ansicht konfigurieren" change cannot bring it back.
import type { Core } from '@strapi/strapi';

type Configuration = { metadatas?: Record<string, { edit?: { visible?: boolean } }>; settings?: unknown; layouts?: unknown };
type ConfigService = {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, config: Configuration): Promise<unknown>;
};

const KPI = { uid: 'plugin::smart-data.kpi' };

export async function hideRawObservations(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ConfigService;
  const config = await service.findConfiguration(KPI);
  const edit = config.metadatas?.observations?.edit;
  if (!edit || edit.visible === false) return; // not synced yet (applied on the next start) or already hidden
  edit.visible = false;
  const { metadatas, settings, layouts } = config;
  await service.updateConfiguration(KPI, { metadatas, settings, layouts });
}
