// Non-public agenda items never leave the CMS, whichever way a query reaches
// them: /api/meetings directly, or through relations such as
// /api/bodies?populate[meetings][populate][agendaItems]=true. Every public
// read therefore (1) refuses filters and sorts that mention agenda items —
// they would reveal whether a hidden item exists — (2) makes sure a populate
// that picks agenda-item fields still fetches `public`, and (3) removes every
// populated agenda item that is not explicitly public, at any depth.
import { errors } from '@strapi/utils';
import type { ReadContext } from './public-read';

const AGENDA_ITEMS = 'agendaItems';

const mentionsAgendaItems = (value: unknown) => value !== undefined && JSON.stringify(value).includes(AGENDA_ITEMS);

/** Filters or sorts anywhere in a populate tree that mention agenda items. */
function probesInPopulate(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  return Object.entries(node as Record<string, unknown>).some(([key, value]) => ((key === 'filters' || key === 'sort') && mentionsAgendaItems(value)) || probesInPopulate(value));
}

/** Adds `public` wherever a populate selects agenda-item fields, at any depth. */
function keepPublicFlagSelected(populate: unknown): void {
  if (!populate || typeof populate !== 'object') return;
  for (const [key, value] of Object.entries(populate as Record<string, unknown>)) {
    if (key === AGENDA_ITEMS && value && typeof value === 'object' && 'fields' in value) {
      const spec = value as { fields: unknown };
      const fields = Array.isArray(spec.fields) ? spec.fields.map(String) : String(spec.fields).split(',');
      spec.fields = [...new Set([...fields, 'public'])];
    }
    keepPublicFlagSelected(value);
  }
}

/** Removes non-public agenda items from a response body, at any depth. */
export function stripNonPublicItems(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(stripNonPublicItems);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === AGENDA_ITEMS && Array.isArray(value)) {
      record[key] = value.filter((item) => (item as { public?: unknown } | null)?.public === true);
    }
    stripNonPublicItems(record[key]);
  }
}

export const agendaItemGuard = {
  before(ctx: ReadContext): void {
    if (mentionsAgendaItems(ctx.query.filters) || mentionsAgendaItems(ctx.query.sort) || probesInPopulate(ctx.query.populate)) {
      throw new errors.ValidationError('Filtering or sorting by agenda items is not supported.');
    }
    keepPublicFlagSelected(ctx.query.populate);
  },
  after(ctx: ReadContext): void {
    stripNonPublicItems(ctx.body);
  },
};
