// The plugin's own services by name, typed: `getService(strapi, 'admin-import')`
// is what services/index.ts registers under that name, without a cast at
// every caller (a misspelt name fails the type check).
import { PLUGIN_ID } from '@sdd/shared-types';
import type { ownServices } from './services';

type Services = typeof ownServices;
export type ServiceName = keyof Services;
export type PluginService<N extends ServiceName> = ReturnType<Services[N]>;

/** What of Strapi this needs: tests and controllers can pass a stand-in. */
type Host = { plugin(name: string): { service(name: string): unknown } };

export const getService = <N extends ServiceName>(strapi: Host, name: N): PluginService<N> =>
  strapi.plugin(PLUGIN_ID).service(name) as PluginService<N>;
