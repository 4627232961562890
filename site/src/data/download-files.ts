// The download files beside the KPI and tile pages — each KPI's CSV, Excel
// CSV, JSON and chart SVG, each tile's CSV, JSON and charts SVG — made beside
// Astro (scripts/download-files.ts) rather than by one endpoint each: at ten
// times the demo they are 8,280 files, and through Astro's routes they cost
// 3–4 s of a full build (docs/publishing.md). None in a draft preview, as
// before: there the editor checks the pages, and their download links (the
// /daten/ page's too) lead nowhere.
import { utf8 } from '../lib/bytes.ts';
import { kpisCsv, tileJson } from '../lib/downloads.ts';
import { hasChart } from '../lib/images/site-images.ts';
import { kpiFiles } from '../lib/open-data/files.ts';
import { urls } from '../lib/urls.ts';
import { cacheKeys } from './cache-keys.ts';
import { isPreviewBuild } from './preview-mode.ts';
import { kpiChartSvg, tileChartSvg } from './site-images.ts';
import { siteModel } from './site-model.ts';
import { siteUrl } from './site-url.ts';

/** A download file of this build: where it goes, what it is made from, and its bytes. */
export interface DownloadFileOfBuild {
  /** Site path, e.g. "/kennzahlen/kli-01.csv". */
  path: string;
  /**
   * Changes whenever the bytes may: the cache key of the KPI's or tile's page (data/cache-keys.ts, which covers all it
   * shows) and the public address (in the chart images' credit line).
   */
  key: string;
  bytes: () => Promise<Uint8Array>;
}

export async function downloadFiles(): Promise<DownloadFileOfBuild[]> {
  if (isPreviewBuild()) return [];
  const [site, keys] = await Promise.all([siteModel(), cacheKeys()]);
  const address = siteUrl();
  const files: DownloadFileOfBuild[] = [];
  for (const kpi of site.kpis) {
    const key = `${keys.kpi(kpi)} ${address}`;
    for (const file of kpiFiles(kpi)) files.push({ path: file.path, key, bytes: async () => file.bytes() });
    if (hasChart(kpi))
      files.push({ path: urls.kpiSvg(kpi.code), key, bytes: async () => utf8((await kpiChartSvg(kpi))!) });
  }
  for (const tile of site.tiles) {
    const key = `${keys.tile(tile)} ${address}`;
    const kpis = site.kpisOfTile(tile);
    files.push(
      { path: urls.tileCsv(tile.slug), key, bytes: async () => utf8(kpisCsv(kpis)) },
      { path: urls.tileJson(tile.slug), key, bytes: async () => utf8(tileJson(tile, kpis)) },
    );
    if (kpis.some(hasChart))
      files.push({ path: urls.tileSvg(tile.slug), key, bytes: async () => utf8((await tileChartSvg(tile))!) });
  }
  return files;
}
