// A snapshot `factor` times the size of a real one: KPIs, tiles, bodies and
// sessions copied with suffixed keys (references rewritten to the copies);
// SDGs, action fields and pages stay as they are.
import type { Snapshot } from '@sdd/shared-types';

export function multiplySnapshot(base: Snapshot, factor: number): Snapshot {
  const copies = Array.from({ length: factor }, (_, i) => i);
  const code = (c: string, i: number) => (i === 0 ? c : `${c}-X${i}`);
  const slug = (s: string, i: number) => (i === 0 ? s : `${s}-x${i}`);
  return {
    ...base,
    kpis: copies.flatMap((i) =>
      base.kpis.map((k) => ({ ...k, code: code(k.code, i), name: i ? `${k.name} (${i})` : k.name })),
    ),
    tiles: copies.flatMap((i) =>
      base.tiles.map((t) => ({
        ...t,
        slug: slug(t.slug, i),
        title: i ? `${t.title} (${i})` : t.title,
        kpis: t.kpis.map((c) => code(c, i)),
        featured: i === 0 && t.featured,
      })),
    ),
    bodies: copies.flatMap((i) =>
      base.bodies.map((b) => ({ ...b, slug: slug(b.slug, i), name: i ? `${b.name} (${i})` : b.name })),
    ),
    meetings: copies.flatMap((i) =>
      base.meetings.map((m) => ({
        ...m,
        slug: slug(m.slug, i),
        body: slug(m.body, i),
        agendaItems: m.agendaItems.map((a) => ({
          ...a,
          tiles: a.tiles.map((s) => slug(s, i)),
          kpis: a.kpis.map((c) => code(c, i)),
        })),
      })),
    ),
  };
}
