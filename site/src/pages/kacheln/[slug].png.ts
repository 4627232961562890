// A tile's charts as one PNG (no PNG in builds without PNGs, see png-mode.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { pngImagesEnabled } from '../../data/png-mode.ts';
import { tileChartFiles } from '../../data/site-images.ts';
import { siteModel } from '../../data/site-model.ts';
import { hasChart } from '../../lib/images/site-images.ts';

export const getStaticPaths = (async () => {
  if (!pngImagesEnabled()) return [];
  const site = await siteModel();
  return site.tiles
    .filter((tile) => site.kpisOfTile(tile).some(hasChart))
    .map((tile) => ({ params: { slug: tile.slug }, props: { tile } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await (await tileChartFiles(props.tile))!.png()), {
    headers: { 'content-type': 'image/png' },
  });
