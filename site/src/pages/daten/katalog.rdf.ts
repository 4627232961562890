// The DCAT-AP.de catalogue as RDF/XML, the form state portals harvest.
import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openData(site).rdfXml(), { headers: { 'content-type': 'application/rdf+xml; charset=utf-8' } });
