// Host application lifecycle: what a fresh installation needs on top of the
// smart-data plugin (which brings the content types, API and SDGs).
import type { Core } from '@strapi/strapi';
import { defaultAdminLanguage } from './bootstrap/admin-language';
import { ensureAdminUser } from './bootstrap/admin-user';
import { ensureApiTokens } from './bootstrap/api-tokens';
import { seedDemoData } from './bootstrap/demo-seed';
import { disableSelfRegistration } from './bootstrap/registration';
import { stateDir } from './bootstrap/state-dir';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const dir = stateDir(strapi.dirs.app.root);
    await disableSelfRegistration(strapi);
    await defaultAdminLanguage(strapi);
    await ensureAdminUser(strapi, dir);
    await ensureApiTokens(strapi, dir);
    if (process.env.SDD_DEMO_DATA !== 'false') await seedDemoData(strapi);
  },
};
