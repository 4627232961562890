// Paging through ties, against a fake CMS that behaves like PostgreSQL without
// a total order: every request sorts by the keys it is given and leaves ties
// in an order of its own (here: shuffled per request). Only a sort that ends
// in a unique key reads every entry exactly once. The integration test
// (paging.int.test.ts) does the same on the real CMS, where SQLite happens to
// keep ties in insertion order and so cannot show the fault.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CmsClient, createCmsClient, PAGE_SIZE, pagedSort } from '../cms-client.ts';
import { takeSnapshot } from '../take-snapshot.ts';

const entrySchema = z.object({ slug: z.string(), order: z.number() });
type Entry = z.infer<typeof entrySchema>;
/** 250 entries in three pages, all with the same `order`. */
const ENTRIES: Entry[] = Array.from({ length: 250 }, (_, i) => ({
  slug: `gremium-${String(i).padStart(3, '0')}`,
  order: 7,
}));

/** A deterministic shuffle, different for every request. */
function tieOrder(slug: string, request: number): number {
  let h = request * 2654435761;
  for (const c of slug) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

let server: Server;
let base = '';
let requests = 0;
const sortsSeen: string[][] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const sort = [...url.searchParams.entries()]
      .filter(([k]) => /^sort\[\d+\]$/.test(k))
      .map(([, v]) => v.split(':') as [keyof Entry, string]);
    sortsSeen.push(sort.map(([k]) => k));
    const request = ++requests;
    const page = Number(url.searchParams.get('pagination[page]'));
    const size = Number(url.searchParams.get('pagination[pageSize]'));
    const sorted = [...ENTRIES].sort((a, b) => {
      for (const [key] of sort) if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
      return tieOrder(a.slug, request) - tieOrder(b.slug, request); // ties: the database's choice, per query
    });
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        data: sorted.slice((page - 1) * size, page * size),
        meta: {
          pagination: { page, pageSize: size, pageCount: Math.ceil(ENTRIES.length / size), total: ENTRIES.length },
        },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const read = (sort: string) => createCmsClient(base, undefined).collection('bodies', sort, entrySchema);

describe('paging through entries with equal sort keys', () => {
  it('reads every entry exactly once with the unique tie-breaker', async () => {
    const slugs = (await read(pagedSort('order', 'slug'))).map((e) => e.slug);
    expect(slugs.length).toBeGreaterThan(2 * PAGE_SIZE);
    expect(slugs).toEqual(ENTRIES.map((e) => e.slug)); // ties in slug order: the same after every reseed
    expect(sortsSeen.at(-1)).toEqual(['order', 'slug']);
  });

  it('the fake does lose and double entries without it (so the test above can fail)', async () => {
    const slugs = (await read('sort[0]=order:asc')).map((e) => e.slug);
    expect(slugs).toHaveLength(ENTRIES.length);
    expect(new Set(slugs).size).toBeLessThan(ENTRIES.length);
  });
});

describe('the snapshot sorts every collection by a unique key last', () => {
  it('sends a total order for each collection it pages through', async () => {
    const sorts = new Map<string, string>();
    const recording: CmsClient = {
      collection(plural, query) {
        sorts.set(
          plural,
          query
            .split('&')
            .filter((p) => p.startsWith('sort['))
            .join('&'),
        );
        return Promise.resolve([]);
      },
      single: () => Promise.reject(new Error('not needed here')),
    };
    await expect(takeSnapshot(recording, 'test')).rejects.toThrow('not needed here');
    // The unique key of each collection in the CMS schema: a `uid` field (slug) or one marked `unique` (code, number).
    const unique: Record<string, string> = {
      sdgs: 'number',
      'action-dimensions': 'slug',
      'action-fields': 'slug',
      kpis: 'code',
      tiles: 'slug',
      bodies: 'slug',
      meetings: 'slug',
      pages: 'slug',
    };
    expect([...sorts.keys()].sort()).toEqual(Object.keys(unique).sort());
    for (const [plural, key] of Object.entries(unique)) {
      const last = sorts.get(plural)!.split('&').at(-1);
      expect(last, plural).toBe(`sort[${sorts.get(plural)!.split('&').length - 1}]=${key}:asc`);
    }
  });
});
