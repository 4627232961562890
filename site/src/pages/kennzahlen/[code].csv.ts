// One KPI's values as CSV (same columns as /daten/kennzahlen.csv): all series, with unit, source and licence.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site-model.ts';
import { cacheKeys } from '../../data/cache-keys.ts';
import { kpisCsv } from '../../lib/downloads.ts';
import { unlessPreview } from '../../data/preview-mode.ts';

export const getStaticPaths = (async () => {
  const keys = await cacheKeys();
  return unlessPreview(
    (await siteModel()).kpis.map((kpi) => ({
      params: { code: kpi.code.toLowerCase() },
      props: { kpi },
      cacheKey: keys.kpi(kpi),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(kpisCsv([props.kpi]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
