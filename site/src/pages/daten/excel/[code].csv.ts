// One KPI's values for a German Excel (semicolons, decimal comma, BOM); the
// standard CSV is /kennzahlen/<code>.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readSnapshot } from '../../../data/snapshot-file.ts';
import { openData } from '../../../data/open-data.ts';
import { urls } from '../../../lib/urls.ts';
import { unlessPreview } from '../../../data/preview-mode.ts';

export const getStaticPaths = (() =>
  unlessPreview(
    readSnapshot().kpis.map((kpi) => ({ params: { code: kpi.code.toLowerCase() }, props: { code: kpi.code } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const file = openData(site)
    .filesOf(props.code as string)
    .find((f) => f.path === urls.kpiExcelCsv(props.code as string))!;
  return new Response(file.bytes(), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
