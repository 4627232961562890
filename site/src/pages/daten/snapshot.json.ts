// The published content as one JSON document (the snapshot the site was built from).
import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';
import { urls } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openData(site).file(urls.dataJson()).bytes(), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
