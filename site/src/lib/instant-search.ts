// The instant search's ranking, shared by the island and its tests: Fuse.js
// over titles, codes, synonyms and the rest, then cut-offs so that a query
// shows a few good hits instead of many weak ones. Imports no zod (island).
import type { SearchEntry } from '@sdd/shared-types';
import type Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';

export const MIN_CHARS = 2;
export const MAX_RESULTS = 6;
/** Fuse scores run from 0 (exact) to 1; weaker hits than this are noise
 *  (a typo like "Arbeitslosenqoute" still scores about 0.45). */
const MAX_SCORE = 0.5;
/** Hits much weaker than the best one are dropped, too ("Kita": the three
 *  childcare entries score 0, a session mentioning "Kinder" 0.38). */
const MAX_GAP_TO_BEST = 0.25;

export const FUSE_OPTIONS: IFuseOptions<SearchEntry> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'code', weight: 2 },
    { name: 'terms', weight: 1.5 },
    { name: 'unit', weight: 0.5 },
    { name: 'fields', weight: 0.5 },
    { name: 'sdgs', weight: 0.5 },
    { name: 'teaser', weight: 0.5 },
  ],
  threshold: 0.34,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
  // A word in a long KPI name counts as much as in a short one.
  ignoreFieldNorm: true,
  minMatchCharLength: 2,
};

/** "CO₂" typed or pasted becomes "co2", as in the index's terms. */
export const normaliseQuery = (query: string) => query.normalize('NFKC').trim();

/** A code however it is typed: "mob 15", "MOB15", "mob-015" → "MOB15"; "SDG 7" → "SDG7". */
const codeKey = (text: string) =>
  text
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^([A-Z]+)0+(?=\d)/, '$1');
const LOOKS_LIKE_CODE = /^[a-z]{2,5}[\s_-]*\d{1,3}$/i;

export function createSearcher(FuseClass: typeof Fuse, entries: SearchEntry[]): (query: string) => SearchEntry[] {
  const fuse = new FuseClass(entries, FUSE_OPTIONS);
  const byCode = new Map(entries.filter((e) => e.code).map((e) => [codeKey(e.code), e]));
  return (query) => {
    const q = normaliseQuery(query);
    if (q.length < MIN_CHARS) return [];
    // A typed code opens its entry first, whatever the spacing.
    const exact = LOOKS_LIKE_CODE.test(q) ? byCode.get(codeKey(q)) : undefined;
    const hits = fuse.search(q, { limit: MAX_RESULTS * 3 });
    const best = hits[0]?.score ?? 1;
    const good = hits
      .filter((h) => (h.score ?? 1) <= MAX_SCORE && (h.score ?? 1) <= best + MAX_GAP_TO_BEST)
      .map((h) => h.item)
      .filter((e) => e !== exact);
    return [...(exact ? [exact] : []), ...good].slice(0, MAX_RESULTS);
  };
}
