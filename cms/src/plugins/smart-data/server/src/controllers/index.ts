import { UID } from '../uids';
import adminImport from './admin-import';
import dataImport from './data-import';
import oparlSync from './oparl-sync';
import publisher from './publisher';
import { publicReadController } from './public-read';

export default {
  sdg: publicReadController(UID.sdg),
  'action-dimension': publicReadController(UID.actionDimension),
  'action-field': publicReadController(UID.actionField),
  kpi: publicReadController(UID.kpi),
  tile: publicReadController(UID.tile),
  body: publicReadController(UID.body),
  meeting: publicReadController(UID.meeting),
  page: publicReadController(UID.page),
  'site-setting': publicReadController(UID.siteSetting),
  // Drafts for the preview token only (routes/preview.ts); the agenda-item guard applies as above.
  'preview-kpi': publicReadController(UID.kpi, 'draft'),
  'preview-tile': publicReadController(UID.tile, 'draft'),
  'preview-meeting': publicReadController(UID.meeting, 'draft'),
  'preview-page': publicReadController(UID.page, 'draft'),
  publisher,
  'data-import': dataImport,
  'admin-import': adminImport,
  'oparl-sync': oparlSync,
};
