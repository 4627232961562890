// Typo tolerance for the full-text search (/suche/). Pagefind matches a typo
// only loosely ("Radwge" ranks pages on "Rad" above those on "Radwege"). The
// site's vocabulary (/suche/woerter.json, built from the content)
// lets the search page look for the nearest words instead and say so.
// Spellings are compared folded (shared-types `foldSpelling`: "Straße" =
// "Strasse", "Gruenflaeche" = "Grünfläche"); distance is Damerau–Levenshtein
// (optimal string alignment: a swapped pair of letters is one typo).
import { foldSpelling } from '@sdd/shared-types/search-spelling';

/** The words of the site, most frequent first, as they are written on the pages. */
export type Vocabulary = string[];

/** The vocabulary file: a version number and the words. */
export interface VocabularyFile {
  version: 1;
  words: Vocabulary;
}

/** Typos tolerated in a word of this many letters: none below 4, then 1, 2 from 6, 3 from 10. */
export const maxTypos = (length: number): number => (length < 4 ? 0 : length < 6 ? 1 : length < 10 ? 2 : 3);

/** Edit distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`. */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** A vocabulary prepared for look-ups: folded spellings, each with its written form and rank. */
export interface WordIndex {
  known: Set<string>;
  entries: { folded: string; written: string }[];
}

export function indexVocabulary(words: Vocabulary): WordIndex {
  const entries: WordIndex['entries'] = [];
  const known = new Set<string>();
  for (const written of words) {
    const folded = foldSpelling(written);
    if (known.has(folded)) continue;
    known.add(folded);
    entries.push({ folded, written });
  }
  return { known, entries };
}

/** Endings of German inflection: "Radwegen" is a form of "Radwege", not a typo. */
const INFLECTION = /^(?:e|en|n|s|es|er|ern|em|ens)$/;

/** Whether `word` (folded) is a word of the site, the start of one, or an inflected form of one. */
function isKnown(index: WordIndex, folded: string): boolean {
  return (
    index.known.has(folded) ||
    index.entries.some(
      (e) =>
        e.folded.startsWith(folded) || (folded.startsWith(e.folded) && INFLECTION.test(folded.slice(e.folded.length))),
    )
  );
}

/** The nearest word of the site to `word` (fewest typos, then the more frequent), or null. */
export function nearestWord(index: WordIndex, word: string): string | null {
  const folded = foldSpelling(word);
  const limit = maxTypos(folded.length);
  if (limit === 0 || /\d/.test(folded) || isKnown(index, folded)) return null;
  let best: { written: string; distance: number } | null = null;
  for (const e of index.entries) {
    const distance = typoDistance(folded, e.folded, best ? Math.min(limit, best.distance - 1) : limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { written: e.written, distance };
    if (best?.distance === 1) break;
  }
  return best?.written ?? null;
}

/** The query with every unknown word replaced by its nearest word of the site, or null if nothing changes. */
export function correctQuery(index: WordIndex, query: string): string | null {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => {
    const nearest = nearestWord(index, word);
    if (!nearest) return word;
    changed = true;
    return nearest;
  });
  return changed ? corrected : null;
}
