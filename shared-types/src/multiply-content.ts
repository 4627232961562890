// Content `factor` times the size of a real set, for measuring at scale: KPIs,
// tiles, bodies and sessions copied with suffixed keys (references rewritten
// to the copies); SDGs, action fields and pages stay as they are. One rule for
// the benchmarks' snapshots and the CMS's scaled demo seed (SDD_DEMO_SCALE),
// so a build of the seeded CMS's snapshot and of a multiplied fixture agree.
import { z } from 'zod';
import type { Content } from './content.ts';
import type { DemoData } from './demo-data.ts';

/** The largest factor: 20× the demo is about 10,000 pages, past any city this is built for. */
export const MAX_CONTENT_FACTOR = 20;

const SCALE_MESSAGE = `SDD_DEMO_SCALE muss eine ganze Zahl von 1 bis ${MAX_CONTENT_FACTOR} sein (ohne Angabe: 1).`;

/** SDD_DEMO_SCALE: unset or empty is 1. */
export const demoScaleSchema = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? 1 : Number(value.trim())))
  .pipe(z.number(SCALE_MESSAGE).int(SCALE_MESSAGE).min(1, SCALE_MESSAGE).max(MAX_CONTENT_FACTOR, SCALE_MESSAGE));

/** Copy `i` of a KPI code or slug; copy 0 is the original. */
export const copiedCode = (code: string, i: number) => (i === 0 ? code : `${code}-X${i}`);
export const copiedSlug = (slug: string, i: number) => (i === 0 ? slug : `${slug}-x${i}`);

export function multiplyContent<T extends Content>(base: T, factor: number): T {
  const copies = Array.from({ length: factor }, (_, i) => i);
  return {
    ...base,
    kpis: copies.flatMap((i) =>
      base.kpis.map((k) => ({ ...k, code: copiedCode(k.code, i), name: i ? `${k.name} (${i})` : k.name })),
    ),
    tiles: copies.flatMap((i) =>
      base.tiles.map((t) => ({
        ...t,
        slug: copiedSlug(t.slug, i),
        title: i ? `${t.title} (${i})` : t.title,
        kpis: t.kpis.map((c) => copiedCode(c, i)),
        featured: i === 0 && t.featured,
      })),
    ),
    bodies: copies.flatMap((i) =>
      base.bodies.map((b) => ({ ...b, slug: copiedSlug(b.slug, i), name: i ? `${b.name} (${i})` : b.name })),
    ),
    meetings: copies.flatMap((i) =>
      base.meetings.map((m) => ({
        ...m,
        slug: copiedSlug(m.slug, i),
        body: copiedSlug(m.body, i),
        agendaItems: m.agendaItems.map((a) => ({
          ...a,
          tiles: a.tiles.map((s) => copiedSlug(s, i)),
          kpis: a.kpis.map((c) => copiedCode(c, i)),
        })),
      })),
    ),
  };
}

/** The demo data `factor` times: the drafts' copies stay drafts. */
export function multiplyDemoData(base: DemoData, factor: number): DemoData {
  const copies = Array.from({ length: factor }, (_, i) => i);
  const many = multiplyContent(base, factor);
  return {
    ...many,
    drafts: {
      kpis: copies.flatMap((i) => base.drafts.kpis.map((c) => copiedCode(c, i))),
      tiles: copies.flatMap((i) => base.drafts.tiles.map((s) => copiedSlug(s, i))),
      meetings: copies.flatMap((i) => base.drafts.meetings.map((s) => copiedSlug(s, i))),
      pages: base.drafts.pages,
    },
  };
}
