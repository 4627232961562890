// The vocabulary of the site for /suche/'s typo tolerance: loaded by the
// search page only when Pagefind finds (almost) nothing.
import type { APIRoute } from 'astro';
import { siteModel } from '../../data/site-model.ts';
import { buildVocabulary } from '../../lib/search-vocabulary.ts';
import type { VocabularyFile } from '../../lib/typo-correction.ts';

export const GET: APIRoute = async () => {
  const site = await siteModel();
  const entries = [
    ...site.sdgs,
    ...site.dimensions,
    ...site.fields,
    ...site.kpis,
    ...site.tiles,
    ...site.bodies,
    ...site.meetings,
    ...site.pages,
    ...site.synonyms,
  ];
  const file: VocabularyFile = { version: 1, words: buildVocabulary(entries) };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
