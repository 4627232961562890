// The build's images bound to the site model: what the pages, the download
// files (data/download-files.ts) and the share previews
// (scripts/share-previews.ts) call.
import type { Kpi, Tile } from '@sdd/shared-types';
import {
  chartSvgOf,
  kpiChartImage,
  kpiShareImage,
  shareSvg,
  siteShareImage,
  tileChartImage,
  tileShareImage,
  type ImageContext,
} from '../lib/images/site-images.ts';
import { urls } from '../lib/urls.ts';
import { pngImagesEnabled } from './png-mode.ts';
import { siteModel } from './site-model.ts';
import { siteUrl } from './site-url.ts';

async function context(): Promise<ImageContext> {
  const model = await siteModel();
  return {
    settings: model.settings,
    chartOf: (kpi) => {
      const tile = model.homeTileOf(kpi);
      return { chartType: tile?.chartType ?? 'line', showTarget: tile?.showTarget ?? true };
    },
    // Astro's `site`, as for the canonical links and the sitemap; also read outside Astro (share-previews.ts).
    absolute: (path) => new URL(path, siteUrl()).href,
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

/** A share preview of this build: where it goes (a site path) and its SVG. */
export interface SharePreview {
  path: string;
  svg: string;
}

/** Every share preview of this build (og:image of each page): none in a build without PNGs (png-mode.ts). */
export async function sharePreviews(): Promise<SharePreview[]> {
  if (!pngImagesEnabled()) return [];
  const [model, ctx] = await Promise.all([siteModel(), context()]);
  return [
    ...model.kpis.map((kpi) => ({
      path: urls.kpiSharePng(kpi.code),
      svg: shareSvg(kpiShareImage(kpi, ctx, urls.kpi(kpi.code))),
    })),
    ...model.tiles.map((tile) => ({
      path: urls.tileSharePng(tile.slug),
      svg: shareSvg(tileShareImage(tile, model.kpisOfTile(tile), ctx, urls.tile(tile.slug))),
    })),
    { path: urls.siteSharePng(), svg: shareSvg(siteShareImage(ctx)) },
  ];
}
