// The same rows as kennzahlen.csv for a German Excel: semicolons, decimal comma, BOM.
import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';
import { urls } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openData(site).file(urls.dataExcelCsv()).bytes(), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
