// The admin role "Redaktion": edits and publishes all dashboard content,
// sees the page "Veröffentlichung" and imports data on the page
// "Datenimport", but none of the developer tools
// (content-type builder, settings, plugins, users). Strapi's own "Editor"
// role cannot see the publishing page and may edit every content type.
// The permissions are set on every start, so the role stays what this file
// says (changes made in the admin are reset; create another role for those).
import type { Core } from '@strapi/strapi';
import { isPluginUid } from '@sdd/shared-types';
import { IMPORT_ACTION } from './import-permission';
import { PUBLISH_ACTION } from './publish-permission';

export const EDITOR_ROLE = {
  name: 'Redaktion',
  code: 'sdd-redaktion',
  description:
    'Bearbeitet und veröffentlicht alle Inhalte des Dashboards, sieht die Seite „Veröffentlichung“ und importiert Daten („Datenimport“); keine Entwickler-Werkzeuge.',
};

/** Media library, as Strapi's Editor role has it (images in rich texts). */
const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

type Action = { actionId: string; section: string; subjects?: string[] };
type Permission = { action: string; subject?: string | null; properties?: Record<string, unknown> };

export async function ensureEditorRole(strapi: Core.Strapi): Promise<void> {
  const admin = strapi.admin.services;
  // The admin's own bootstrap runs after the plugins' and creates Super Admin,
  // Editor and Author only when no role exists: let it do so first.
  await admin.role.createRolesIfNoneExist();
  const actions = (admin.permission.actionProvider.values() as Action[]).filter((a) => a.section === 'contentTypes');
  const foreign = [...new Set(actions.flatMap((a) => a.subjects ?? []))].filter((uid) => !isPluginUid(uid));
  const contentPermissions = admin['content-type'].getPermissionsWithNestedFields(actions, {
    restrictedSubjects: foreign,
  }) as Permission[];
  const permissions: Permission[] = [
    ...contentPermissions,
    { action: PUBLISH_ACTION },
    { action: IMPORT_ACTION },
    ...MEDIA_ACTIONS.map((action) => ({ action })),
  ];
  const role = (await admin.role.findOne({ code: EDITOR_ROLE.code })) ?? (await admin.role.create(EDITOR_ROLE));
  await admin.role.assignPermissions(role.id, permissions);
}
