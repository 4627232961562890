// A tile's charts as one SVG: one chart per KPI, as on the tile's page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { tileChartFiles } from '../../data/site-images.ts';
import { siteModel } from '../../data/site-model.ts';
import { cacheKeys } from '../../data/cache-keys.ts';
import { hasChart } from '../../lib/images/site-images.ts';
import { unlessPreview } from '../../data/preview-mode.ts';

export const getStaticPaths = (async () => {
  const site = await siteModel();
  const keys = await cacheKeys();
  return unlessPreview(
    site.tiles
      .filter((tile) => site.kpisOfTile(tile).some(hasChart))
      .map((tile) => ({ params: { slug: tile.slug }, props: { tile }, cacheKey: keys.tile(tile) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await tileChartFiles(props.tile))!.svg, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
