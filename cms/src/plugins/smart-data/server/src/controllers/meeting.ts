// Sessions: non-public agenda items never leave the CMS. Filtering on agenda
// items is refused (it would reveal whether a hidden item exists), and every
// populated agenda item that is not explicitly public is removed.
import { errors } from '@strapi/utils';
import { UID } from '../uids';
import { publicReadController } from './public-read';

type Entry = { agendaItems?: Array<{ public?: unknown }> };

const mentionsAgendaItems = (value: unknown) => value !== undefined && JSON.stringify(value).includes('agendaItems');

/** A populate that picks agenda-item fields must still fetch `public`, or every item would be dropped. */
function keepPublicFlagSelected(populate: unknown): void {
  const items = (populate as { agendaItems?: { fields?: unknown } } | undefined)?.agendaItems;
  if (!items || typeof items !== 'object' || items.fields === undefined) return;
  const fields = Array.isArray(items.fields) ? items.fields.map(String) : String(items.fields).split(',');
  items.fields = [...new Set([...fields, 'public'])];
}

export function stripNonPublicItems(entry: Entry | null | undefined): void {
  if (entry && Array.isArray(entry.agendaItems)) entry.agendaItems = entry.agendaItems.filter((item) => item.public === true);
}

export default publicReadController(UID.meeting, {
  before(ctx) {
    if (mentionsAgendaItems(ctx.query.filters) || mentionsAgendaItems(ctx.query.sort)) {
      throw new errors.ValidationError('Filtering or sorting sessions by agenda items is not supported.');
    }
    keepPublicFlagSelected(ctx.query.populate);
  },
  after(ctx) {
    const body = ctx.body as { data?: Entry | Entry[] } | undefined;
    const data = body?.data;
    if (Array.isArray(data)) data.forEach(stripNonPublicItems);
    else stripNonPublicItems(data);
  },
});
