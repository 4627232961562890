// The site's words for the search page's typo tolerance (typo-correction.ts):
// every word of four or more letters in the published content, written as on
// the pages (the commonest spelling), most frequent first.
import type { Vocabulary } from './typo-correction.ts';

const MIN_LETTERS = 4;

/** Identifiers, not text: slugs, references and choice values ("higher-is-better", "umwelt"). */
const IDENTIFIER = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** Text leaves of an entry, without addresses (links, URLs) and identifiers. */
function textsOf(value: unknown, key: string, out: string[]): void {
  if (typeof value === 'string') {
    if (!/url$|^colou?r$/i.test(key) && !IDENTIFIER.test(value))
      out.push(value.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' '));
  } else if (Array.isArray(value)) {
    for (const item of value) textsOf(item, key, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) textsOf(v, k, out);
  }
}

/** Words of `entries` (each counted once per entry), most frequent first. */
export function buildVocabulary(entries: unknown[]): Vocabulary {
  const entryCount = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    const texts: string[] = [];
    textsOf(entry, '', texts);
    const seen = new Set<string>();
    for (const word of texts.join(' ').match(/\p{L}[\p{L}\p{M}]*/gu) ?? []) {
      if (word.length < MIN_LETTERS) continue;
      const key = word.toLowerCase();
      const forms = spellings.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      spellings.set(key, forms);
      if (!seen.has(key)) entryCount.set(key, (entryCount.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  const commonest = (forms: Map<string, number>) =>
    [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  return [...entryCount]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key]) => commonest(spellings.get(key)!));
}
