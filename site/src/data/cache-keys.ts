// The `cacheKey` of every page and file that `getStaticPaths` returns, for
// Astro's incremental builds (astro.config.ts, SITE_INCREMENTAL=1): a page is
// rendered again only when its key changed, so the key must cover everything
// the page shows — its entry, the entries it lists or links to, and what every
// page shows (layout: site settings, navigation, footer pages and date; build
// flags). Code, config and dependencies are not in the keys: Astro hashes each
// page's module graph, and site/scripts/build-fingerprint.ts starts from
// scratch when anything else of the build changes.
//
// Too much in a key costs a re-render; too little serves a stale page. When in
// doubt, a key takes the whole related entry, not the fields a page happens to
// use today. scripts/publisher/test/incremental-build.test.ts checks that an incremental
// build equals a full one after changes of each kind.
import type { Body, Kpi, Meeting, Page, Tile } from '@sdd/shared-types';
import { contentHash, kpiHash } from '../lib/content-hash.ts';
import { formatLongDate } from '../lib/format.ts';
import { perBuild } from '../lib/per-build.ts';
import { pngImagesEnabled } from './png-mode.ts';
import { isPreviewBuild } from './preview-mode.ts';
import { siteModel, type SiteModel } from './site-model.ts';

const hash = contentHash;

/** What every page shows or depends on, whatever its entry. */
function common(site: SiteModel) {
  return {
    settings: site.settings,
    // Footer ("Stand der Veröffentlichung: <day>") and the citation's access date: a new day renders every page.
    day: formatLongDate(site.generatedAt),
    accessed: site.generatedAt.slice(0, 10),
    // The preview banner shows the time of the snapshot on every page.
    previewTime: isPreviewBuild() ? site.generatedAt : null,
    // Footer links (legal pages) and the text of the progress method.
    pages: site.pages.map((p) => ({ slug: p.slug, title: p.title, kind: p.kind })),
    progressMethod: site.progressMethod,
    synonyms: site.synonyms,
    reportingYear: site.reportingYear,
    // The taxonomy is small and shown in badges, breadcrumbs and navigation almost everywhere.
    sdgs: site.sdgs,
    dimensions: site.dimensions,
    fields: site.fields,
    flags: { preview: isPreviewBuild(), png: pngImagesEnabled() },
  };
}

/**
 * A tile as cards and lists show it: the tile and its KPIs (the card shows the first KPI's figure). KPIs go into keys
 * as their content hash, made once per KPI (kpiHash): the same content, hashed once.
 */
const tileShown = (site: SiteModel, tile: Tile) => ({ tile, kpis: site.kpisOfTile(tile).map(kpiHash) });

/** `keyOf` remembered per name: a KPI's or tile's key serves its page and each file beside it. */
function remembered<T>(nameOf: (entry: T) => string, keyOf: (entry: T) => string): (entry: T) => string {
  const keys = new Map<string, string>();
  return (entry) => {
    const name = nameOf(entry);
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = keyOf(entry)));
    return key;
  };
}

/** The keys by page kind; each includes `common`. Made once per build. */
export const cacheKeys = perBuild(() => siteModel().then(keysFor));

function keysFor(site: SiteModel) {
  // Hashed once: the common part (SDGs with their targets, settings, pages…) is large, and there is a key per file.
  const base = hash(common(site));
  const key = (...parts: unknown[]) => hash([base, ...parts]);
  return {
    kpi: remembered(
      (kpi: Kpi) => kpi.code,
      // Its tiles (links, and the first one's chart settings), not their other KPIs; the sessions citing it.
      (kpi) => key('kpi', kpiHash(kpi), site.tilesOfKpi.get(kpi.code) ?? [], site.meetingsOfKpi.get(kpi.code) ?? []),
    ),
    tile: remembered(
      (tile: Tile) => tile.slug,
      (tile) =>
        key(
          'tile',
          tileShown(site, tile),
          site.meetings.filter((m) => m.agendaItems.some((a) => a.tiles.includes(tile.slug))),
        ),
    ),
    sdg: (number: number) =>
      key(
        'sdg',
        number,
        (site.tilesOfSdg.get(number) ?? []).map((t) => tileShown(site, t)),
        (site.kpisOfSdg.get(number) ?? []).map(kpiHash),
      ),
    field: (slug: string) =>
      key(
        'field',
        slug,
        (site.tilesOfField.get(slug) ?? []).map((t) => tileShown(site, t)),
        (site.kpisOfField.get(slug) ?? []).map(kpiHash),
        // FieldNav: how many tiles each field has.
        site.fields.map((f) => (site.tilesOfField.get(f.slug) ?? []).length),
      ),
    body: (body: Body) => key('body', body, site.meetingsOfBody.get(body.slug) ?? []),
    meeting: (meeting: Meeting) => {
      const items = meeting.agendaItems;
      return key(
        'meeting',
        meeting,
        site.bodyBySlug.get(meeting.body) ?? null,
        // Agenda items link their tiles and KPIs by name (AgendaItem.astro): values do not matter here.
        items.flatMap((a) => a.tiles).map((s) => site.tileBySlug.get(s)?.title ?? null),
        items.flatMap((a) => a.kpis).map((c) => site.kpiByCode.get(c)?.name ?? null),
      );
    },
    page: (page: Page) => key('page', page),
  };
}
