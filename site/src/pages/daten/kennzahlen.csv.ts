// All observations of all published KPIs: one row per KPI code, period and series.
import type { APIRoute } from 'astro';
import { siteModel } from '../../data/site-model.ts';
import { CSV_HEADER, observationRows, toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(CSV_HEADER, observationRows((await siteModel()).kpis)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
