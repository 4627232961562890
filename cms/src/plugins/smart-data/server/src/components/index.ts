// Registers the plugin's components in Strapi's registry. Strapi 5 loads
// components only from the app's src/components; a plugin that must work on
// its own registers them itself, in register(), before the database models
// are built.
import type { Core } from '@strapi/strapi';
import agendaItem from './agenda-item.json';
import kpiTarget from './kpi-target.json';
import link from './link.json';
import observation from './observation.json';
import sdgAssignment from './sdg-assignment.json';

const CATEGORY = 'smart-data';
const SCHEMAS: Record<string, object> = {
  'agenda-item': agendaItem,
  'kpi-target': kpiTarget,
  link,
  observation,
  'sdg-assignment': sdgAssignment,
};

const pascal = (s: string) => s.replace(/(^|[-_.])(\w)/g, (_m, _sep, c: string) => c.toUpperCase());

export function registerComponents(strapi: Core.Strapi): void {
  const registry = strapi.get('components');
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const uid = `${CATEGORY}.${name}`;
    if (registry.get(uid)) continue; // an app may override a component with its own copy
    registry.set(uid, {
      ...structuredClone(schema),
      __schema__: structuredClone(schema),
      uid,
      category: CATEGORY,
      modelType: 'component',
      modelName: name,
      globalId: `Component${pascal(uid)}`,
    });
  }
}
