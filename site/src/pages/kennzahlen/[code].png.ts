// A KPI's chart as PNG: the SVG rendered (no PNG in builds without PNGs, see png-mode.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { pngImagesEnabled } from '../../data/png-mode.ts';
import { kpiChartFiles } from '../../data/site-images.ts';
import { siteModel } from '../../data/site-model.ts';
import { hasChart } from '../../lib/images/site-images.ts';

export const getStaticPaths = (async () =>
  pngImagesEnabled()
    ? (await siteModel()).kpis
        .filter(hasChart)
        .map((kpi) => ({ params: { code: kpi.code.toLowerCase() }, props: { kpi } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await (await kpiChartFiles(props.kpi))!.png()), {
    headers: { 'content-type': 'image/png' },
  });
