// The DCAT-AP.de catalogue as Turtle (same triples as katalog.rdf).
import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openData(site).turtle(), { headers: { 'content-type': 'text/turtle; charset=utf-8' } });
