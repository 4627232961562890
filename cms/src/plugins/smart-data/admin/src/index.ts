// Admin panel entry of the smart-data plugin: the "Veröffentlichung" page
// (publisher status and "Jetzt veröffentlichen"), for admins holding the
// "Website veröffentlichen" permission; the "Datenimport" page, for those
// holding "Daten importieren"; the value table of a KPI.
import { Rocket, Upload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { KpiValuesPanel } from './kpi-values/KpiValuesPanel';
import { PLUGIN_ACTIONS, PLUGIN_ID } from '@sdd/shared-types';

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Rocket,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Veröffentlichung' },
      Component: () => import('./pages/PublishPage'),
      permissions: [{ action: PLUGIN_ACTIONS.publish, subject: null }],
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/import`,
      icon: Upload,
      intlLabel: { id: `${PLUGIN_ID}.menu.import`, defaultMessage: 'Datenimport' },
      Component: () => import('./import/ImportPage'),
      permissions: [{ action: PLUGIN_ACTIONS.import, subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Smart Data Dashboard' });
  },

  bootstrap(app) {
    // The value table of a KPI, as a side panel of the content manager's edit view.
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addEditViewSidePanel(panels: unknown[]): void };
    };
    contentManager.apis.addEditViewSidePanel([KpiValuesPanel]);
  },

  async registerTrads({ locales }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Record<string, string>;
          };
          return { data: Object.fromEntries(Object.entries(data).map(([k, v]) => [`${PLUGIN_ID}.${k}`, v])), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};

export default plugin;
