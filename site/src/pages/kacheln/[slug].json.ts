// A tile and its KPIs as JSON (tileDownloadSchema).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site-model.ts';
import { cacheKeys } from '../../data/cache-keys.ts';
import { tileJson } from '../../lib/downloads.ts';
import { unlessPreview } from '../../data/preview-mode.ts';

export const getStaticPaths = (async () => {
  const keys = await cacheKeys();
  return unlessPreview(
    (await siteModel()).tiles.map((tile) => ({
      params: { slug: tile.slug },
      props: { tile },
      cacheKey: keys.tile(tile),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(tileJson(props.tile, (await siteModel()).kpisOfTile(props.tile)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
