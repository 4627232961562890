// Hides the content manager's stock editor of a KPI's `observations` rows:
// its number input parses by the admin language ("12,5" → 125 in English,
// "12.5" → 125 in German), silently. The values are edited in the plugin's
// value table instead (admin side panel "Werte"), which writes the same rows.
// Set on every start, so a "Ansicht konfigurieren" change cannot bring it back.
import type { Core } from '@strapi/strapi';
import { UID } from '@sdd/shared-types';
import { changeFieldView } from './field-view';

export async function hideRawObservations(strapi: Core.Strapi): Promise<void> {
  await changeFieldView(strapi, UID.kpi, 'observations', (edit) => {
    if (edit.visible === false) return false;
    edit.visible = false;
    return true;
  });
}
