// A tile's charts as one SVG: one chart per KPI, as on the tile's page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { tileChartSvg } from '../../data/site-images.ts';
import { tileFilePaths } from '../../data/cache-keys.ts';
import { hasChart } from '../../lib/images/site-images.ts';

export const getStaticPaths = (() =>
  tileFilePaths((tile, site) => site.kpisOfTile(tile).some(hasChart))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await tileChartSvg(props.tile))!, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
