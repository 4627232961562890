import { factories } from '@strapi/strapi';
import { UID } from '../uids';

// Core services back the core controllers; the plugin's own logic lives in
// plain modules (validation/, bootstrap/) rather than in services.
export default Object.fromEntries(
  Object.entries({
    sdg: UID.sdg,
    'action-dimension': UID.actionDimension,
    'action-field': UID.actionField,
    kpi: UID.kpi,
    tile: UID.tile,
    body: UID.body,
    meeting: UID.meeting,
    page: UID.page,
    'site-setting': UID.siteSetting,
  }).map(([name, uid]) => [name, factories.createCoreService(uid as never)]),
);
