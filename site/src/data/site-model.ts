// The whole content, typed and cross-linked, built once per build from the
// validated snapshot. Read directly, not through Astro content collections:
// their sync (loaders, data store, types) took 1.4–2.2 s of every build before
// the first page, and the data store was bundled into the server build, so a
// new snapshot made Vite process megabytes again (docs/publishing.md).
import { readSnapshot } from './snapshot-file.ts';
import { perBuild } from '../lib/per-build.ts';
import { reportingYear } from '../lib/progress.ts';
import { DEFAULT_SEARCH_SYNONYMS, progressMethodMarkdownDe, type Kpi, type Tile } from '@sdd/shared-types';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

function groupBy<T, K>(list: readonly T[], keys: (e: T) => readonly K[]): Map<K, T[]> {
  const map = new Map<K, T[]>();
  // Each entry once per key, even if it names the key twice (a meeting whose
  // two agenda items cite the same KPI).
  for (const e of list) for (const k of new Set(keys(e))) map.set(k, [...(map.get(k) ?? []), e]);
  return map;
}

function build() {
  const snapshot = readSnapshot();
  const { settings, generatedAt, actionDimensions, actionFields, pages } = snapshot;
  // Sorted copies (toSorted): the open-data files read the snapshot in its own order.
  const sdgs = snapshot.sdgs.toSorted((a, b) => a.number - b.number);
  const dimensions = actionDimensions.toSorted(byOrder);
  const fields = actionFields.toSorted(byOrder);
  const tiles = snapshot.tiles.toSorted(byOrder);
  const kpis = snapshot.kpis.toSorted((a, b) => a.code.localeCompare(b.code));
  const bodies = snapshot.bodies.toSorted(byOrder);
  const meetings = snapshot.meetings.toSorted((a, b) => b.start.localeCompare(a.start));
  const kpiByCode = new Map(kpis.map((k) => [k.code, k]));
  const tilesOfKpi = groupBy(tiles, (t) => t.kpis);
  return {
    settings,
    generatedAt,
    /** Synonym groups for both searches: the built-in ones and the editors' own. */
    synonyms: [...DEFAULT_SEARCH_SYNONYMS, ...settings.searchSynonyms],
    /**
     * The progress method in words (Markdown): the editors' text, else the one generated from the method's parameters.
     */
    progressMethod: settings.progressMethodText ?? progressMethodMarkdownDe(),
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

/** Async as the pages await it (it was built from content collections); built once per build. */
export const siteModel: () => Promise<SiteModel> = perBuild(() => Promise.resolve(build()));
export type SiteModel = ReturnType<typeof build>;
