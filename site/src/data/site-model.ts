// The whole content, typed and cross-linked, built once per build from the
// content collections (which come from the snapshot).
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { reportingYear } from '../lib/progress.ts';
import { DEFAULT_SEARCH_SYNONYMS, progressMethodMarkdownDe, type Kpi, type Tile } from '@sdd/shared-types';

/** A collection's entries, typed by the schema its loader carries (snapshot-loader.ts). */
async function entries<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>['data'][]> {
  return (await getCollection(name)).map((e) => e.data);
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

function groupBy<T, K>(list: readonly T[], keys: (e: T) => readonly K[]): Map<K, T[]> {
  const map = new Map<K, T[]>();
  // Each entry once per key, even if it names the key twice (a meeting whose
  // two agenda items cite the same KPI).
  for (const e of list) for (const k of new Set(keys(e))) map.set(k, [...(map.get(k) ?? []), e]);
  return map;
}

async function build() {
  const [metaEntries, sdgs, dimensions, fields, kpis, tiles, bodies, meetings, pages] = await Promise.all([
    entries('meta'),
    entries('sdgs'),
    entries('actionDimensions'),
    entries('actionFields'),
    entries('kpis'),
    entries('tiles'),
    entries('bodies'),
    entries('meetings'),
    entries('pages'),
  ]);
  const meta = metaEntries[0];
  if (!meta) throw new Error('The snapshot has no site settings.');
  sdgs.sort((a, b) => a.number - b.number);
  dimensions.sort(byOrder);
  fields.sort(byOrder);
  tiles.sort(byOrder);
  kpis.sort((a, b) => a.code.localeCompare(b.code));
  bodies.sort(byOrder);
  meetings.sort((a, b) => b.start.localeCompare(a.start));
  const kpiByCode = new Map(kpis.map((k) => [k.code, k]));
  const tilesOfKpi = groupBy(tiles, (t) => t.kpis);
  return {
    settings: meta.settings,
    generatedAt: meta.generatedAt,
    /** Synonym groups for both searches: the built-in ones and the editors' own. */
    synonyms: [...DEFAULT_SEARCH_SYNONYMS, ...meta.settings.searchSynonyms],
    /**
     * The progress method in words (Markdown): the editors' text, else the one generated from the method's parameters.
     */
    progressMethod: meta.settings.progressMethodText ?? progressMethodMarkdownDe(),
    sdgs,
    dimensions,
    fields,
    kpis,
    tiles,
    bodies,
    meetings,
    pages,
    sdgByNumber: new Map(sdgs.map((s) => [s.number, s])),
    fieldBySlug: new Map(fields.map((f) => [f.slug, f])),
    kpiByCode,
    tileBySlug: new Map(tiles.map((t) => [t.slug, t])),
    bodyBySlug: new Map(bodies.map((b) => [b.slug, b])),
    fieldsOfDimension: groupBy(fields, (f) => [f.dimension]),
    tilesOfField: groupBy(tiles, (t) => (t.primaryActionField ? [t.primaryActionField] : [])),
    tilesOfSdg: groupBy(tiles, (t) => t.sdgs),
    kpisOfSdg: groupBy(kpis, (k) => [...new Set(k.sdgs.map((s) => s.goal))]),
    kpisOfField: groupBy(kpis, (k) => k.actionFields),
    /** Latest year with any value: the progress pages measure data coverage against it. */
    reportingYear: reportingYear(kpis),
    tilesOfKpi,
    meetingsOfBody: groupBy(meetings, (m) => [m.body]),
    meetingsOfKpi: groupBy(meetings, (m) => m.agendaItems.flatMap((a) => a.kpis)),
    /** KPIs of a tile in the tile's order (missing ones skipped). */
    kpisOfTile: (tile: Tile) => tile.kpis.map((c) => kpiByCode.get(c)).filter((k): k is Kpi => k !== undefined),
    /** The tile whose chart settings a KPI page uses: the first tile showing it. */
    homeTileOf: (kpi: Kpi) => tilesOfKpi.get(kpi.code)?.[0],
  };
}

let model: ReturnType<typeof build> | undefined;

export const siteModel = () => (model ??= build());
export type SiteModel = Awaited<ReturnType<typeof build>>;
