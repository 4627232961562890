// A KPI's share preview (og:image, 1200×630): figure, trend, name, city.
import type { APIRoute, GetStaticPaths } from 'astro';
import { pngImagesEnabled } from '../../data/png-mode.ts';
import { kpiShareFiles } from '../../data/site-images.ts';
import { siteModel } from '../../data/site-model.ts';

export const getStaticPaths = (async () =>
  pngImagesEnabled()
    ? (await siteModel()).kpis.map((kpi) => ({ params: { code: kpi.code.toLowerCase() }, props: { kpi } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await (await kpiShareFiles(props.kpi)).png()), {
    headers: { 'content-type': 'image/png' },
  });
