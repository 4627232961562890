// One KPI as JSON, exactly as in the snapshot.
import type { APIRoute, GetStaticPaths } from 'astro';
import { kpiFilePaths } from '../../data/cache-keys.ts';
import { kpiJson } from '../../lib/downloads.ts';

export const getStaticPaths = (() => kpiFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(kpiJson(props.kpi), { headers: { 'content-type': 'application/json; charset=utf-8' } });
