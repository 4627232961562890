// A KPI's chart as SVG (as on its page, with title, unit, source, licence and Datenstand).
import type { APIRoute, GetStaticPaths } from 'astro';
import { kpiChartFiles } from '../../data/site-images.ts';
import { siteModel } from '../../data/site-model.ts';
import { cacheKeys } from '../../data/cache-keys.ts';
import { hasChart } from '../../lib/images/site-images.ts';
import { unlessPreview } from '../../data/preview-mode.ts';

export const getStaticPaths = (async () => {
  const keys = await cacheKeys();
  return unlessPreview(
    (await siteModel()).kpis
      .filter(hasChart)
      .map((kpi) => ({ params: { code: kpi.code.toLowerCase() }, props: { kpi }, cacheKey: keys.kpi(kpi) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await kpiChartFiles(props.kpi))!.svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
