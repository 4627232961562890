// The public read API at /api/<plural> (and /api/site-setting): find and
// findOne only, so every write is refused before any controller runs.
import { factories } from '@strapi/strapi';
import { PUBLIC_COLLECTIONS, UID } from '../uids';

const readOnly = (uid: string, only: ('find' | 'findOne')[]) => factories.createCoreRouter(uid as never, { prefix: '', only });

export default {
  ...Object.fromEntries(PUBLIC_COLLECTIONS.map((name) => [name, readOnly(`plugin::smart-data.${name}`, ['find', 'findOne'])])),
  'site-setting': readOnly(UID.siteSetting, ['find']),
};
