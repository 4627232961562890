// A tile's share preview (og:image, 1200×630): its first KPI's figure and trend, as on its card.
// Keyed like the tile's page (cache-keys.ts): an incremental build renders it again only when the tile or its KPIs
// changed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { tileFilePaths } from '../../data/cache-keys.ts';
import { pngImagesEnabled } from '../../data/png-mode.ts';
import { tileShareFiles } from '../../data/site-images.ts';

export const getStaticPaths = (() => (pngImagesEnabled() ? tileFilePaths() : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await (await tileShareFiles(props.tile)).png()), {
    headers: { 'content-type': 'image/png' },
  });
