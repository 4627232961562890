// One KPI as JSON, exactly as in the snapshot.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site-model.ts';
import { kpiJson } from '../../lib/downloads.ts';
import { unlessPreview } from '../../data/preview-mode.ts';

export const getStaticPaths = (async () =>
  unlessPreview(
    (await siteModel()).kpis.map((kpi) => ({ params: { code: kpi.code.toLowerCase() }, props: { kpi } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(kpiJson(props.kpi), { headers: { 'content-type': 'application/json; charset=utf-8' } });
