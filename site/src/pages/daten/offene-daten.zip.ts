// Everything in one archive: both CSV dialects, JSON, metadata, licence, README.
import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';
import { urls } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openData(site).file(urls.dataZip()).bytes(), { headers: { 'content-type': 'application/zip' } });
