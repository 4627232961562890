// The agenda-item guard of every public read, as plain functions over a query
// and a body (the integration tests in security.test.ts send the same probes
// to the running CMS): a non-public agenda item, or whether one exists, never
// leaves the CMS.
import { describe, expect, it } from 'vitest';
import {
  agendaItemGuard,
  stripNonPublicItems,
} from '../../src/plugins/smart-data/server/src/controllers/agenda-item-guard.ts';
import type { ReadContext } from '../../src/plugins/smart-data/server/src/controllers/public-read.ts';

const before = (query: Record<string, unknown>): ReadContext => {
  const ctx: ReadContext = { query };
  agendaItemGuard.before(ctx);
  return ctx;
};
const REFUSED = /agenda items/i;

describe('agenda-item guard, before the read', () => {
  it('refuses filters and sorts that mention agenda items, at the top and inside a populate', () => {
    expect(() => before({ filters: { agendaItems: { title: { $contains: 'Haushalt' } } } })).toThrow(REFUSED);
    expect(() => before({ sort: 'agendaItems.title:asc' })).toThrow(REFUSED);
    expect(() =>
      before({ populate: { meetings: { filters: { agendaItems: { public: false } }, populate: '*' } } }),
    ).toThrow(REFUSED);
  });

  it('refuses agenda-item populates with options that would count or page hidden items', () => {
    for (const option of ['count', 'filters', 'sort', 'start', 'limit']) {
      expect(() => before({ populate: { agendaItems: { [option]: 1 } } }), option).toThrow(`not ${option}`);
    }
  });

  it('fetches `public` wherever agenda-item fields are picked, at any depth', () => {
    const ctx = before({
      populate: { meetings: { populate: { agendaItems: { fields: 'title,number' } } } },
    });
    expect(ctx.query.populate).toEqual({
      meetings: { populate: { agendaItems: { fields: ['title', 'number', 'public'] } } },
    });
    expect(before({ populate: { agendaItems: { fields: ['public'] } } }).query.populate).toEqual({
      agendaItems: { fields: ['public'] },
    });
  });

  it('drops the queries that would tell which published documents have unpublished edits', () => {
    const ctx = before({ publicationFilter: 'modified', hasPublishedVersion: 'true', status: 'published' });
    expect(ctx.query).toEqual({ status: 'published' });
  });

  it('lets a plain read through unchanged', () => {
    const query = { populate: { agendaItems: { populate: '*' } }, filters: { slug: 'dos-2025-02-26' } };
    expect(before(structuredClone(query)).query).toEqual(query);
  });
});

describe('agenda-item guard, after the read', () => {
  it('keeps only items marked public, in every list at any depth', () => {
    const body = {
      data: [
        {
          slug: 'gremium',
          meetings: [
            {
              agendaItems: [
                { title: 'öffentlich', public: true },
                { title: 'geheim', public: false },
              ],
            },
            { agendaItems: [{ title: 'ohne Angabe' }, null, { title: 'auch öffentlich', public: true }] },
          ],
        },
      ],
    };
    stripNonPublicItems(body);
    expect(body.data[0]!.meetings.map((m) => m.agendaItems)).toEqual([
      [{ title: 'öffentlich', public: true }],
      [{ title: 'auch öffentlich', public: true }],
    ]);
  });

  it('serves no agenda items that are not a list (a count would tell hidden ones exist)', () => {
    const body: { data: Record<string, unknown> } = { data: { slug: 's', agendaItems: { count: 3 } } };
    stripNonPublicItems(body);
    expect(body.data).toEqual({ slug: 's' });
  });
});
