// The admin permission "Daten importieren": needed to see the page
// "Datenimport" and to call its routes (dry run and apply). Super admins
// have it; the role "Redaktion" is granted it (editor-role.ts).
import type { Core } from '@strapi/strapi';
import { PLUGIN_ACTIONS, PLUGIN_ID } from '@sdd/shared-types';

/** plugin::smart-data.import */
export const IMPORT_ACTION = PLUGIN_ACTIONS.import;

export async function registerImportPermission(strapi: Core.Strapi): Promise<void> {
  await strapi.admin.services.permission.actionProvider.registerMany([
    { section: 'plugins', displayName: 'Daten importieren', uid: 'import', pluginName: PLUGIN_ID },
  ]);
}
