// German admin for every user, whatever the browser: Strapi starts a user
// without a stored interface language in English, and after login applies
// the user's `preferedLanguage` (Strapi's spelling). Users without one get
// German — on every start for existing users, on creation for new ones. A
// user who picks another language under Profile keeps it.
import type { Core } from '@strapi/strapi';

const USER = 'admin::user';
export const ADMIN_LANGUAGE = 'de';

export async function defaultAdminLanguage(strapi: Core.Strapi): Promise<void> {
  strapi.db.lifecycles.subscribe({
    models: [USER],
    beforeCreate(event) {
      const data = event.params.data as { preferedLanguage?: string | null };
      if (!data.preferedLanguage) data.preferedLanguage = ADMIN_LANGUAGE;
    },
  });
  await strapi.db
    .query(USER)
    .updateMany({ where: { preferedLanguage: { $null: true } }, data: { preferedLanguage: ADMIN_LANGUAGE } });
}
