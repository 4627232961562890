// One KPI's values for a German Excel (semicolons, decimal comma, BOM); the
// standard CSV is /kennzahlen/<code>.csv. Keyed like the KPI's page (cache-keys.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { kpiFilePaths } from '../../../data/cache-keys.ts';
import { openData } from '../../../data/open-data.ts';
import { urls } from '../../../lib/urls.ts';

export const getStaticPaths = (() => kpiFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const file = openData(site)
    .filesOf(props.kpi.code)
    .find((f) => f.path === urls.kpiExcelCsv(props.kpi.code))!;
  return new Response(file.bytes(), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
