// The instant-search index: tiles and KPIs with what people search for.
import type { APIRoute } from 'astro';
import type { SearchEntry } from '@sdd/shared-types';
import { siteModel } from '../data/site-model.ts';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const site = await siteModel();
  const sdgLabel = (n: number) => `SDG ${n} ${site.sdgByNumber.get(n)?.titleDe ?? ''}`.trim();
  const fieldName = (slug: string) => site.fieldBySlug.get(slug)?.name ?? slug;
  const entries: SearchEntry[] = [
    ...site.tiles.map((t) => ({
      kind: 'tile' as const, title: t.title, code: '', unit: '', teaser: t.teaser,
      sdgs: t.sdgs.map(sdgLabel), fields: t.primaryActionField ? [fieldName(t.primaryActionField)] : [], url: urls.tile(t.slug),
    })),
    ...site.kpis.map((k) => ({
      kind: 'kpi' as const, title: k.name, code: k.code, unit: k.unit, teaser: k.description.split('\n')[0]?.slice(0, 140) ?? '',
      sdgs: [...new Set(k.sdgs.map((s) => s.goal))].map(sdgLabel), fields: k.actionFields.map(fieldName), url: urls.kpi(k.code),
    })),
  ];
  return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
