// A KPI's chart as SVG (as on its page, with title, unit, source, licence and Datenstand).
import type { APIRoute, GetStaticPaths } from 'astro';
import { kpiChartSvg } from '../../data/site-images.ts';
import { kpiFilePaths } from '../../data/cache-keys.ts';
import { hasChart } from '../../lib/images/site-images.ts';

export const getStaticPaths = (() => kpiFilePaths(hasChart)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await kpiChartSvg(props.kpi))!, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
