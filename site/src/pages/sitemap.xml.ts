// sitemap.xml of every HTML page, generated from the same model as the pages.
import type { APIRoute } from 'astro';
import { siteModel } from '../data/site-model.ts';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site: base }) => {
  const s = await siteModel();
  const paths = [
    urls.home(),
    urls.fields(),
    urls.sdgs(),
    urls.progress(),
    urls.tiles(),
    urls.bodies(),
    urls.data(),
    urls.search(),
    ...s.fields.map((f) => urls.field(f.slug)),
    ...s.sdgs.map((g) => urls.sdg(g.number)),
    ...s.tiles.map((t) => urls.tile(t.slug)),
    ...s.kpis.map((k) => urls.kpi(k.code)),
    ...s.bodies.map((b) => urls.body(b.slug)),
    ...s.meetings.map((m) => urls.meeting(m.slug)),
    ...s.pages.map((p) => urls.page(p.slug)),
  ];
  const lastmod = s.generatedAt.slice(0, 10);
  const body = paths.map((p) => `<url><loc>${new URL(p, base)}</loc><lastmod>${lastmod}</lastmod></url>`).join('');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>`,
    {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    },
  );
};
