// The instant-search index: tiles, KPIs, SDGs, action fields and sessions,
// each with the words people type for it (synonyms, umlauts spelt out, "co2").
import type { APIRoute } from 'astro';
import { searchAliases, searchWords, type SearchEntry } from '@sdd/shared-types';
import { siteModel } from '../data/site-model.ts';
import { formatDate } from '../lib/format.ts';
import { urls } from '../lib/urls.ts';

type Draft = Omit<SearchEntry, 'terms'> & { text?: string };

export const GET: APIRoute = async () => {
  const site = await siteModel();
  const sdgLabel = (n: number) => `SDG ${n} ${site.sdgByNumber.get(n)?.titleDe ?? ''}`.trim();
  const fieldName = (slug: string) => site.fieldBySlug.get(slug)?.name ?? slug;
  const firstLine = (markdown: string) =>
    markdown
      .split('\n')
      .find((l) => l.trim())
      ?.replace(/[#*_>`]/g, '')
      .trim()
      .slice(0, 140) ?? '';
  const drafts: Draft[] = [
    ...site.tiles.map((t) => ({
      kind: 'tile' as const,
      title: t.title,
      code: '',
      unit: '',
      teaser: t.teaser,
      sdgs: t.sdgs.map(sdgLabel),
      fields: t.primaryActionField ? [fieldName(t.primaryActionField)] : [],
      url: urls.tile(t.slug),
      text: site
        .kpisOfTile(t)
        .map((k) => k.name)
        .join(' '),
    })),
    ...site.kpis.map((k) => ({
      kind: 'kpi' as const,
      title: k.name,
      code: k.code,
      unit: k.unit,
      teaser: firstLine(k.description),
      sdgs: [...new Set(k.sdgs.map((s) => s.goal))].map(sdgLabel),
      fields: k.actionFields.map(fieldName),
      url: urls.kpi(k.code),
    })),
    ...site.sdgs.map((s) => ({
      kind: 'sdg' as const,
      title: s.titleDe,
      code: `SDG ${s.number}`,
      unit: '',
      teaser: s.titleEn,
      sdgs: [],
      fields: [],
      url: urls.sdg(s.number),
    })),
    ...site.fields.map((f) => ({
      kind: 'field' as const,
      title: f.name,
      code: '',
      unit: '',
      teaser: firstLine(f.description),
      sdgs: [],
      fields: [],
      url: urls.field(f.slug),
    })),
    ...site.meetings.map((m) => ({
      kind: 'meeting' as const,
      title: m.title,
      code: '',
      unit: '',
      teaser: `${formatDate(m.start)}: ${m.agendaItems
        .map((a) => a.title)
        .join('; ')
        .slice(0, 140)}`,
      sdgs: [],
      fields: [],
      url: urls.meeting(m.slug),
      text: m.agendaItems.map((a) => a.title).join(' '),
    })),
  ];
  const entries: SearchEntry[] = drafts.map(({ text = '', ...entry }) => ({
    ...entry,
    terms: [
      ...new Set([
        ...searchWords(text),
        ...searchAliases(`${entry.title} ${entry.code} ${entry.unit} ${text}`, site.synonyms),
      ]),
    ],
  }));
  return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
