// One KPI's values as CSV (same columns as /daten/kennzahlen.csv).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site-model.ts';
import { CSV_HEADER, observationRows, toCsv } from '../../lib/csv.ts';

export const getStaticPaths = (async () => (await siteModel()).kpis.map((kpi) => ({ params: { code: kpi.code.toLowerCase() }, props: { kpi } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(CSV_HEADER, observationRows([props.kpi])), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
