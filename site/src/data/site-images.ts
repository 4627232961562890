// The build's images bound to the site model: what endpoints and pages call.
import type { Kpi, Tile } from '@sdd/shared-types';
import {
  chartSvgOf,
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
import { perBuild } from '../lib/per-build.ts';
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

/** A KPI's chart image as SVG; undefined without values (its page shows no chart either). */
export async function kpiChartSvg(kpi: Kpi): Promise<string | undefined> {
  const image = kpiChartImage(kpi, await context(), urls.kpi(kpi.code));
  return image && chartSvgOf(`kpi:${kpi.code}`, image);
}

export async function tileChartSvg(tile: Tile): Promise<string | undefined> {
  const image = tileChartImage(tile, (await siteModel()).kpisOfTile(tile), await context(), urls.tile(tile.slug));
  return image && chartSvgOf(`tile:${tile.slug}`, image);
}

export const kpiShareFiles = async (kpi: Kpi) =>
  shareFiles(`kpi:${kpi.code}`, kpiShareImage(kpi, await context(), urls.kpi(kpi.code)));

export const tileShareFiles = async (tile: Tile) =>
  shareFiles(
    `tile:${tile.slug}`,
    tileShareImage(tile, (await siteModel()).kpisOfTile(tile), await context(), urls.tile(tile.slug)),
  );

export const siteShareFiles = async () => shareFiles('site', siteShareImage(await context()));

/** Whether this build has started them (true once asked). */
const startedThisBuild = perBuild(() => ({ started: false }));

/**
 * Starts rendering every share preview PNG of the build in the background
 * (png.ts renders a few at a time off the main thread), so they are ready or
 * nearly so when their endpoints serve them. Called by the layout of the
 * first page; once per build. Not in an incremental build that reuses pages
 * (SITE_REUSING_PAGES, scripts/build.ts): there only the endpoints of changed
 * entries run, and each renders its own image.
 */
export async function startPngRendering(): Promise<void> {
  const thisBuild = startedThisBuild();
  if (thisBuild.started || !pngImagesEnabled() || process.env.SITE_REUSING_PAGES === '1') return;
  thisBuild.started = true;
  const model = await siteModel();
  for (const kpi of model.kpis) startRendering(await kpiShareFiles(kpi));
  for (const tile of model.tiles) startRendering(await tileShareFiles(tile));
  startRendering(await siteShareFiles());
}
