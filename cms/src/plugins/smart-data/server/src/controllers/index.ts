import { UID } from '../uids';
import meeting from './meeting';
import { publicReadController } from './public-read';

export default {
  sdg: publicReadController(UID.sdg),
  'action-dimension': publicReadController(UID.actionDimension),
  'action-field': publicReadController(UID.actionField),
  kpi: publicReadController(UID.kpi),
  tile: publicReadController(UID.tile),
  body: publicReadController(UID.body),
  meeting,
  page: publicReadController(UID.page),
  'site-setting': publicReadController(UID.siteSetting),
};
