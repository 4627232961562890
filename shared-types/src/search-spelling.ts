// How the site's searches compare spellings: lower case, sub- and superscript
// digits as plain digits, umlauts and ß spelt out. Without zod (a subpath
// export), so the search page's browser code can use the same rule.

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower case, sub- and superscript digits as plain digits (NFKC: "CO₂" → "co2"). */
export const normaliseForSearch = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Umlauts and ß spelt out: "wärmewende" → "waermewende". */
export const spellOutUmlauts = (word: string): string => word.replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c);

/** One spelling per word for comparing typos: normalised, umlauts spelt out,
 *  other accents dropped ("Straße" and "Strasse", "Café" and "Cafe" are equal). */
export const foldSpelling = (word: string): string =>
  spellOutUmlauts(normaliseForSearch(word))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
