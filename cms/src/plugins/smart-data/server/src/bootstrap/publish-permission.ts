// The admin permission "Website veröffentlichen": needed to see the
// publishing page and to start a build by hand. Super admins have it.
import type { Core } from '@strapi/strapi';
import { PLUGIN_ACTIONS, PLUGIN_ID } from '@sdd/shared-types';

/** plugin::smart-data.publish */
export const PUBLISH_ACTION = PLUGIN_ACTIONS.publish;

export async function registerPublishPermission(strapi: Core.Strapi): Promise<void> {
  await strapi.admin.services.permission.actionProvider.registerMany([
    { section: 'plugins', displayName: 'Website veröffentlichen', uid: 'publish', pluginName: PLUGIN_ID },
  ]);
}
