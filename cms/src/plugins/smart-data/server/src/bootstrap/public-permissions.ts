// Grants the public role read access (find/findOne) to the dashboard's
// content, and nothing else. Idempotent.
import type { Core } from '@strapi/strapi';
import { pluginUid } from '@sdd/shared-types';
import { PUBLIC_COLLECTIONS, UID } from '../uids';

export const PUBLIC_ACTIONS = [
  ...PUBLIC_COLLECTIONS.flatMap((name) => [`${pluginUid(name)}.find`, `${pluginUid(name)}.findOne`]),
  `${UID.siteSetting}.find`,
];

export async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  // On a fresh database the roles do not exist yet when plugins bootstrap.
  await strapi.plugin('users-permissions').service('users-permissions').initialize();
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions: the public role is missing after initialize()');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing = await permissions.findMany({
    where: { role: role.id, action: { $in: PUBLIC_ACTIONS } },
    select: ['action'],
  });
  const have = new Set(existing.map((p: { action: string }) => p.action));
  for (const action of PUBLIC_ACTIONS.filter((a) => !have.has(a))) {
    await permissions.create({ data: { action, role: role.id } });
  }
}
