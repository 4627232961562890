// The build's images bound to the site model: what endpoints and pages call.
import type { Kpi, Tile } from '@sdd/shared-types';
import {
  chartFiles,
  hasChart,
  kpiChartImage,
  kpiShareImage,
  shareFiles,
  siteShareImage,
  startRendering,
  tileChartImage,
  tileShareImage,
  type ImageContext,
} from '../lib/images/site-images.ts';
import { urls } from '../lib/urls.ts';
import { pngImagesEnabled } from './png-mode.ts';
import { siteModel } from './site-model.ts';

async function context(): Promise<ImageContext> {
  const model = await siteModel();
  return {
    settings: model.settings,
    chartOf: (kpi) => {
      const tile = model.homeTileOf(kpi);
      return { chartType: tile?.chartType ?? 'line', showTarget: tile?.showTarget ?? true };
    },
    // Astro's `site` (astro.config.ts, from SITE_URL), as for the canonical links and the sitemap.
    absolute: (path) => new URL(path, import.meta.env.SITE).href,
  };
}

export async function kpiChartFiles(kpi: Kpi) {
  const image = kpiChartImage(kpi, await context(), urls.kpi(kpi.code));
  return image && chartFiles(`kpi:${kpi.code}`, image);
}

export async function tileChartFiles(tile: Tile) {
  const image = tileChartImage(tile, (await siteModel()).kpisOfTile(tile), await context(), urls.tile(tile.slug));
  return image && chartFiles(`tile:${tile.slug}`, image);
}

export const kpiShareFiles = async (kpi: Kpi) =>
  shareFiles(`kpi:${kpi.code}`, kpiShareImage(kpi, await context(), urls.kpi(kpi.code)));

export const tileShareFiles = async (tile: Tile) =>
  shareFiles(
    `tile:${tile.slug}`,
    tileShareImage(tile, (await siteModel()).kpisOfTile(tile), await context(), urls.tile(tile.slug)),
  );

export const siteShareFiles = async () => shareFiles('site', siteShareImage(await context()));

let started = false;

/**
 * Starts rendering every PNG of the build in the background (png.ts renders
 * a few at a time off the main thread), so they are ready or nearly so when
 * a page states their sizes or an endpoint serves them. Called by the layout
 * of the first page; once per build.
 */
export async function startPngRendering(): Promise<void> {
  if (started || !pngImagesEnabled()) return;
  started = true;
  const model = await siteModel();
  for (const kpi of model.kpis) {
    if (hasChart(kpi)) startRendering(await kpiChartFiles(kpi));
    startRendering(await kpiShareFiles(kpi));
  }
  for (const tile of model.tiles) {
    startRendering(await tileChartFiles(tile));
    startRendering(await tileShareFiles(tile));
  }
  startRendering(await siteShareFiles());
}
