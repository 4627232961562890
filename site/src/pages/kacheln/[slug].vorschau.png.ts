// A tile's share preview (og:image, 1200×630): its first KPI's figure and trend, as on its card.
import type { APIRoute, GetStaticPaths } from 'astro';
import { pngImagesEnabled } from '../../data/png-mode.ts';
import { tileShareFiles } from '../../data/site-images.ts';
import { siteModel } from '../../data/site-model.ts';

export const getStaticPaths = (async () =>
  pngImagesEnabled()
    ? (await siteModel()).tiles.map((tile) => ({ params: { slug: tile.slug }, props: { tile } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await (await tileShareFiles(props.tile)).png()), {
    headers: { 'content-type': 'image/png' },
  });
