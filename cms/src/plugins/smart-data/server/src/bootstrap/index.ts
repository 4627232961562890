// Plugin bootstrap, in dependency order: roles must exist before
// permissions; the SDG catalogue before anything refers to it.
import type { Core } from '@strapi/strapi';
import { backfillDisplayLabels } from '../display/display-label';
import { useLabelAsMainField } from '../display/main-fields';
import { applyEditorLabels } from './editor-labels';
import { ensureEditorRole } from './editor-role';
import { hideRawObservations } from './hide-raw-observations';
import { registerImportPermission } from './import-permission';
import { lockOparlIds } from './oparl-fields';
import { showGeneratedMethodText } from './method-text-placeholder';
import { grantPublicRead } from './public-permissions';
import { registerPublishPermission } from './publish-permission';
import { ensurePublishWebhook } from './publish-webhook';
import { seedSdgs } from './seed-sdgs';

export default async function bootstrap({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  await grantPublicRead(strapi);
  const created = await seedSdgs(strapi);
  if (created > 0) strapi.log.info(`[smart-data] seeded ${created} SDGs`);
  await backfillDisplayLabels(strapi);
  await applyEditorLabels(strapi);
  await useLabelAsMainField(strapi);
  await hideRawObservations(strapi);
  await lockOparlIds(strapi);
  await showGeneratedMethodText(strapi);
  await registerPublishPermission(strapi);
  await registerImportPermission(strapi);
  await ensureEditorRole(strapi);
  await ensurePublishWebhook(strapi);
}
