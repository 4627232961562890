// What people type versus what the pages say: one place for the site's two
// searches (Pagefind full text and the instant search). A page or search
// entry gets extra index words ("aliases"): the other words of every synonym
// group it mentions, ASCII spellings of umlauts (Wärme → waerme) and plain
// digits for sub- and superscripts (CO₂ → co2, m² → m2). Queries then match
// as typed; nothing rewrites the visitor's query.
import { z } from 'zod';
import { nonBlank } from './common.ts';
import { normaliseForSearch, spellOutUmlauts } from './search-spelling.ts';

export { foldSpelling, normaliseForSearch, spellOutUmlauts } from './search-spelling.ts';

/** One group of words meaning the same thing to a citizen, e.g. ["Kita", "Kindertagesbetreuung"]. */
export const searchSynonymGroupSchema = z.array(nonBlank('synonym')).min(2, 'a synonym group needs at least two words');
export const searchSynonymsSchema = z.array(searchSynonymGroupSchema);
export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;

/** The built-in groups; editors may add their own (site settings). A word
 *  matches a page when a word of the page starts with it (German compounds:
 *  "Radverkehr" matches "Radverkehrsnetz"). */
export const DEFAULT_SEARCH_SYNONYMS: SearchSynonyms = [
  ['Kita', 'Kindertagesstätte', 'Kindertagesbetreuung', 'Kinderbetreuung', 'Krippe', 'Kindergarten', 'Betreuungsquote'],
  ['Solar', 'Photovoltaik', 'PV-Anlage', 'Solaranlage', 'Solarthermie', 'Sonnenenergie'],
  ['Rad', 'Fahrrad', 'Radverkehr', 'Radweg', 'Radwege', 'Radfahren'],
  ['CO2', 'Kohlendioxid', 'Treibhausgas', 'Klimagas'],
  ['Klimaschutz', 'Klimaschutzkonzept', 'Klimaneutralität'],
  ['Arbeitslose', 'Arbeitslosigkeit', 'Arbeitslosenquote', 'arbeitslos'],
  ['E-Auto', 'Elektroauto', 'Elektro-Pkw', 'Elektromobilität', 'Ladesäule', 'Ladepunkte', 'Ladeinfrastruktur'],
  ['Bus', 'ÖPNV', 'Nahverkehr', 'Stadtbus', 'Haltestelle'],
  ['Müll', 'Abfall', 'Restmüll', 'Recycling'],
  ['Miete', 'Mieten', 'Nettokaltmiete', 'Mietspiegel', 'Angebotsmieten'],
  ['Internet', 'Breitband', 'Glasfaser', 'Gigabit'],
  ['WLAN', 'WiFi', 'Hotspot', 'Hotspots'],
  ['Bäume', 'Baum', 'Baumkataster', 'Stadtgrün', 'Grünfläche'],
  ['Luft', 'Luftqualität', 'Luftreinhaltung', 'Luftverschmutzung', 'Schadstoffe'],
  ['Wahl', 'Wahlen', 'Wahlbeteiligung', 'Kommunalwahl'],
  ['Uni', 'Universität', 'Hochschule', 'Studierende', 'Studenten'],
  ['Schulden', 'Verschuldung'],
  ['Arzt', 'Ärzte', 'Hausärzte', 'Hausärztinnen'],
  ['Bevölkerung', 'Einwohnerzahl', 'Bevölkerungszahl'],
  ['Kriminalität', 'Straftaten'],
  ['Wasser', 'Trinkwasser', 'Grundwasser', 'Trinkwasserverbrauch'],
  ['Lärm', 'Straßenlärm', 'Umgebungslärm'],
  ['Armut', 'Kinderarmut', 'Altersarmut', 'Grundsicherung', 'SGB-II-Quote'],
  ['Strompreis', 'Stromverbrauch', 'Strom'],
];

/** Synonym groups as editors write them in the CMS: one group per line, words
 *  separated by commas ("Freibad, Schwimmbad, Hallenbad"); blank lines skipped. */
export const parseSynonymLines = (text: string): string[][] =>
  text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean),
    )
    .filter((group) => group.length > 0);

/** The inverse, for writing groups into the CMS (demo data). */
export const formatSynonymLines = (groups: SearchSynonyms): string => groups.map((g) => g.join(', ')).join('\n');

/** Words of a text, normalised; hyphenated compounds also as their parts and joined. */
export function searchWords(text: string): string[] {
  const words = new Set<string>();
  for (const raw of normaliseForSearch(text).split(/[^\p{L}\p{N}-]+/u)) {
    const word = raw.replace(/^-+|-+$/g, '');
    if (!word) continue;
    words.add(word);
    if (word.includes('-')) {
      for (const part of word.split('-')) if (part) words.add(part);
      words.add(word.replaceAll('-', ''));
    }
  }
  return [...words];
}

/**
 * Extra words to index for a text so that searches match as people type:
 * the other members of every synonym group the text mentions, ASCII umlaut
 * spellings and plain-digit forms. Returns only words the text lacks.
 */
export function searchAliases(text: string, synonyms: SearchSynonyms = DEFAULT_SEARCH_SYNONYMS): string[] {
  const own = searchWords(text);
  const rawWords = new Set(text.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
  const aliases = new Set<string>();
  for (const group of synonyms) {
    const terms = group.map(normaliseForSearch);
    if (!terms.some((t) => own.some((w) => w.startsWith(t)))) continue;
    for (const term of terms) for (const w of searchWords(term)) if (w.length > 1) aliases.add(w);
  }
  // "CO₂" is "co2" normalised, "Wärme" "waerme" spelt out, each also inside its
  // hyphenated compound ("co2-bilanz"); words that need neither add nothing.
  for (const raw of text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]))) {
    const word = normaliseForSearch(raw);
    if (word !== raw) aliases.add(word);
    const spelt = spellOutUmlauts(word);
    if (spelt !== word) aliases.add(spelt);
  }
  for (const alias of [...aliases]) {
    const spelt = spellOutUmlauts(alias);
    if (spelt !== alias) aliases.add(spelt);
  }
  return [...aliases].filter((a) => !rawWords.has(a));
}
