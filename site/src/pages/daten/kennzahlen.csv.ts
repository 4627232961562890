// All observations of all published KPIs: one row per KPI code, period and series.
import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';
import { urls } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openData(site).file(urls.dataCsv()).bytes(), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
