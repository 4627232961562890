// The admin permission "Daten importieren": needed to see the page
// "Datenimport" and to call its routes (dry run and apply). Super admins
// have it; the role "Redaktion" is granted it (editor-role.ts).
import type { Core } from '@strapi/strapi';

export const IMPORT_ACTION = 'plugin::smart-data.import';

export async function registerImportPermission(strapi: Core.Strapi): Promise<void> {
  await strapi.admin.services.permission.actionProvider.registerMany([
    { section: 'plugins', displayName: 'Daten importieren', uid: 'import', pluginName: 'smart-data' },
  ]);
}
