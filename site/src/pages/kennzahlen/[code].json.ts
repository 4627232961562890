// One KPI as JSON, exactly as in the snapshot.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site-model.ts';

export const getStaticPaths = (async () => (await siteModel()).kpis.map((kpi) => ({ params: { code: kpi.code.toLowerCase() }, props: { kpi } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.kpi, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
