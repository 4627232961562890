// Non-public agenda items never leave the CMS, whichever way a query reaches
// them: /api/meetings directly, or through relations such as
// /api/bodies?populate[meetings][populate][agendaItems]=true. Every public
// read therefore (1) refuses filters and sorts that mention agenda items, and
// agenda-item populates with anything but fields/populate (count, filters,
// sort, start, limit) — they would reveal whether a hidden item exists —
// (2) makes sure a populate that picks agenda-item fields still fetches
// `public`, and (3) removes every populated agenda item that is not
// explicitly public, and anything that is not a list of them, at any depth.
import { errors } from '@strapi/utils';
import type { ReadContext } from './public-read';

const AGENDA_ITEMS = 'agendaItems';

const mentionsAgendaItems = (value: unknown) => value !== undefined && JSON.stringify(value).includes(AGENDA_ITEMS);

/** Filters or sorts anywhere in a populate tree that mention agenda items. */
function probesInPopulate(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  return Object.entries(node as Record<string, unknown>).some(
    ([key, value]) => ((key === 'filters' || key === 'sort') && mentionsAgendaItems(value)) || probesInPopulate(value),
  );
}

/** Options a populate of agenda items may carry; count, filters, sort, start or limit would reveal hidden items. */
const ALLOWED_AGENDA_ITEM_OPTIONS = new Set(['fields', 'populate']);

/**
 * Walks a populate tree: refuses agenda-item populates with options beyond
 * fields/populate, and adds `public` wherever agenda-item fields are picked.
 */
function guardPopulate(populate: unknown): void {
  if (!populate || typeof populate !== 'object') return;
  for (const [key, value] of Object.entries(populate as Record<string, unknown>)) {
    if (key === AGENDA_ITEMS && value && typeof value === 'object') {
      const refused = Object.keys(value).filter((option) => !ALLOWED_AGENDA_ITEM_OPTIONS.has(option));
      if (refused.length > 0)
        throw new errors.ValidationError(
          `Agenda items can only be populated with fields and populate, not ${refused.join(', ')}.`,
        );
      const spec = value as { fields?: unknown };
      if (spec.fields !== undefined) {
        const fields = Array.isArray(spec.fields) ? spec.fields.map(String) : String(spec.fields).split(',');
        spec.fields = [...new Set([...fields, 'public'])];
      }
    }
    guardPopulate(value);
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
    } else if (key === AGENDA_ITEMS && value !== null && value !== undefined) {
      delete record[key]; // anything but a list (say, a count) is not served
      continue;
    }
    stripNonPublicItems(record[key]);
  }
}

export const agendaItemGuard = {
  before(ctx: ReadContext): void {
    if (
      mentionsAgendaItems(ctx.query.filters) ||
      mentionsAgendaItems(ctx.query.sort) ||
      probesInPopulate(ctx.query.populate)
    ) {
      throw new errors.ValidationError('Filtering or sorting by agenda items is not supported.');
    }
    guardPopulate(ctx.query.populate);
    // Which published documents have unpublished edits is nobody's business outside the CMS.
    delete ctx.query.publicationFilter;
    delete ctx.query.hasPublishedVersion;
  },
  after(ctx: ReadContext): void {
    stripNonPublicItems(ctx.body);
  },
};
