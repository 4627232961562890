// A tile and its KPIs as JSON (tileDownloadSchema).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site-model.ts';
import { tileFilePaths } from '../../data/cache-keys.ts';
import { tileJson } from '../../lib/downloads.ts';

export const getStaticPaths = (() => tileFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(tileJson(props.tile, (await siteModel()).kpisOfTile(props.tile)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
