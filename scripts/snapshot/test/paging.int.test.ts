// Paging through a collection whose sort key is not unique. The snapshot reads
// 100 entries per request; with many entries of the same `order` (bodies,
// tiles, fields) or `start` (sessions), each page is its own query, and without
// a unique tie-breaker the database may order the ties differently per page:
// an entry read twice, another never. Here 130 bodies share one `order`, on
// the real CMS (SQLite or PostgreSQL, as the cms test project runs it).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { apiBodySchema, UID } from '@sdd/shared-types';
import { contentManager, getAll } from '../../../cms/test/support/api.ts';
import { createCmsClient, PAGE_SIZE, pagedSort } from '../cms-client.ts';

const BODY = UID.body;
const SAME_ORDER = 4242;
const COUNT = 130;
const created: string[] = [];

/** Runs `work` over `items`, a few at a time (the CMS is shared with other tests). */
async function inBatches<T>(items: T[], work: (item: T) => Promise<void>, size = 5): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

describe('paging with equal sort keys', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    await inBatches([...Array(COUNT).keys()], async (i) => {
      const res = await contentManager<{ data: { documentId: string } }>('POST', `/collection-types/${BODY}`, {
        name: `Paging-Gremium ${String(i).padStart(3, '0')}`,
        slug: `paging-gremium-${i}`,
        kind: 'working-group',
        order: SAME_ORDER,
      });
      if (res.status !== 201)
        throw new Error(`creating body ${i}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      created.push(res.body.data.documentId);
    });
  }, 600_000);

  afterAll(async () => {
    await inBatches(created, async (id) => {
      await contentManager('DELETE', `/collection-types/${BODY}/${id}`);
    });
  }, 600_000);

  it('reads every body exactly once', async () => {
    const all = await getAll('bodies');
    expect(all.length).toBeGreaterThan(PAGE_SIZE);
    const bodies = await createCmsClient(inject('cmsUrl'), inject('buildToken')).collection(
      'bodies',
      pagedSort('order', 'slug'),
      apiBodySchema.extend({ documentId: z.string() }),
    );
    const ids = bodies.map((b) => b.documentId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(all.map((b) => b.documentId).sort());
    for (const id of created) expect(ids).toContain(id);
    expect(bodies.filter((b) => b.order === SAME_ORDER)).toHaveLength(COUNT);
  });
});
