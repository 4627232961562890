// The published content as one JSON document (the snapshot the site was built from).
import type { APIRoute } from 'astro';
import { readSnapshot } from '../../data/snapshot-file.ts';

export const GET: APIRoute = () => {
  const { source: _cms, ...published } = readSnapshot(); // the CMS address is internal
  return new Response(JSON.stringify(published), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
