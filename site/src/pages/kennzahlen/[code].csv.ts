// One KPI's values as CSV (same columns as /daten/kennzahlen.csv): all series, with unit, source and licence.
import type { APIRoute, GetStaticPaths } from 'astro';
import { kpiFilePaths } from '../../data/cache-keys.ts';
import { kpisCsv } from '../../lib/downloads.ts';

export const getStaticPaths = (() => kpiFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(kpisCsv([props.kpi]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
