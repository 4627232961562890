// A tile's data: all its KPIs' series, comparison series included, with unit, source and licence.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site-model.ts';
import { cacheKeys } from '../../data/cache-keys.ts';
import { kpisCsv } from '../../lib/downloads.ts';
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
  new Response(kpisCsv((await siteModel()).kpisOfTile(props.tile)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
