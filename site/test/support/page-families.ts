// One page of every page family of the site, from the snapshot the site was
// built from: axe and the keyboard test walk these.
import { readFileSync } from 'node:fs';

interface SnapshotShape {
  actionFields: { slug: string }[];
  tiles: { slug: string }[];
  kpis: { code: string; target: unknown }[];
  bodies: { slug: string }[];
  meetings: { slug: string }[];
  pages: { slug: string }[];
}

export function pageFamilies(snapshotFile: string): Record<string, string> {
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as SnapshotShape;
  return {
    home: '/',
    'action fields': '/handlungsfelder/',
    'action field': `/handlungsfelder/${snapshot.actionFields[0]!.slug}/`,
    'SDG overview': '/sdg/',
    'SDG (yellow, contrast)': '/sdg/7/',
    tiles: '/kacheln/',
    tile: `/kacheln/${snapshot.tiles[0]!.slug}/`,
    KPI: `/kennzahlen/${snapshot.kpis.find((k) => k.target)!.code.toLowerCase()}/`,
    'KPI embed': `/einbetten/kennzahlen/${snapshot.kpis.find((k) => k.target)!.code.toLowerCase()}/`,
    'tile embed': `/einbetten/kacheln/${snapshot.tiles[0]!.slug}/`,
    bodies: '/gremien/',
    body: `/gremien/${snapshot.bodies[0]!.slug}/`,
    session: '/sitzungen/dos-2025-02-26/',
    search: '/suche/?q=Energie',
    'open data': '/daten/',
    'progress overview': '/fortschritt/',
    'legal page': `/${snapshot.pages[0]!.slug}/`,
    '404': '/gibt-es-nicht/',
  };
}

/** Every HTML page the sitemap lists, as a path. */
export async function sitemapPaths(base: string): Promise<string[]> {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
