// A KPI's share preview (og:image, 1200×630): figure, trend, name, city.
// Keyed like the KPI's page (cache-keys.ts): an incremental build renders it again only when the KPI changed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { kpiFilePaths } from '../../data/cache-keys.ts';
import { pngImagesEnabled } from '../../data/png-mode.ts';
import { kpiShareFiles } from '../../data/site-images.ts';

export const getStaticPaths = (() => (pngImagesEnabled() ? kpiFilePaths() : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await (await kpiShareFiles(props.kpi)).png()), {
    headers: { 'content-type': 'image/png' },
  });
