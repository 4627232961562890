// One KPI as JSON, exactly as in the snapshot.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site-model.ts';
import { cacheKeys } from '../../data/cache-keys.ts';
import { kpiJson } from '../../lib/downloads.ts';
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
  new Response(kpiJson(props.kpi), { headers: { 'content-type': 'application/json; charset=utf-8' } });
