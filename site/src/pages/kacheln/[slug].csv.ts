// A tile's data: all its KPIs' series, comparison series included, with unit, source and licence.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site-model.ts';
import { tileFilePaths } from '../../data/cache-keys.ts';
import { kpisCsv } from '../../lib/downloads.ts';

export const getStaticPaths = (() => tileFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(kpisCsv((await siteModel()).kpisOfTile(props.tile)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
