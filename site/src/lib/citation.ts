// The suggested citation of a KPI or tile page in three forms: a sentence,
// BibTeX and CSL-JSON (what Zotero, Citavi and pandoc read). One set of facts
// in, three strings out; the page renders them with the build's date and the
// share script renders them again with the visitor's date (the access date is
// the day someone reads the page, not the day it was built). Plain functions,
// no zod: this module also runs in the browser.

export interface CitationFacts {
  /** The publishing body: the city of the site settings. */
  publisher: string;
  /** Name of the KPI or title of the tile. */
  title: string;
  /** The site's title (the "container" the page is part of). */
  siteTitle: string;
  /** Absolute URL of the full page. */
  url: string;
  /** Licence text as the page shows it; several joined by "; ". */
  licence: string;
  /** Datenstand (YYYY-MM-DD) or null when the editors gave none. */
  dataAsOf: string | null;
  /** Day of access, YYYY-MM-DD. */
  accessed: string;
  /** A citation key: letters, digits, hyphen. */
  key: string;
}

export type CitationFormat = 'text' | 'bibtex' | 'csl';

const GERMAN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const germanDate = (iso: string) => iso.replace(GERMAN_DATE, (_, y: string, m: string, d: string) => `${d}.${m}.${y}`);
const dateParts = (iso: string) => [iso.split('-').map(Number)];

export function citationText(c: CitationFacts): string {
  const asOf = c.dataAsOf ? ` Datenstand: ${germanDate(c.dataAsOf)}.` : '';
  return `${c.publisher}: ${c.title}. In: ${c.siteTitle}.${asOf} Lizenz: ${c.licence}. ${c.url} (abgerufen am ${germanDate(c.accessed)}).`;
}

/** BibTeX special characters escaped. */
const bib = (text: string) => text.replace(/([\\{}&%$#_])/g, '\\$1');

export function citationBibtex(c: CitationFacts): string {
  // Double braces: the city is an institution, not "Last, First"; the title keeps its capitals.
  const fields: [string, string][] = [
    ['author', `{${bib(c.publisher)}}`],
    ['title', `{${bib(c.title)}}`],
    ['organization', bib(c.publisher)],
    ['howpublished', bib(c.siteTitle)],
    ...(c.dataAsOf ? ([['date', c.dataAsOf]] as [string, string][]) : []),
    ['url', c.url],
    ['urldate', c.accessed],
    ['note', `Lizenz: ${bib(c.licence)}${c.dataAsOf ? `; Datenstand: ${germanDate(c.dataAsOf)}` : ''}`],
  ];
  return `@misc{${c.key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** One CSL-JSON item (CSL 1.0.2 "dataset"): the city as an institutional author (literal name). */
export function citationCsl(c: CitationFacts) {
  return {
    id: c.key,
    type: 'dataset',
    title: c.title,
    author: [{ literal: c.publisher }],
    publisher: c.publisher,
    'container-title': c.siteTitle,
    URL: c.url,
    accessed: { 'date-parts': dateParts(c.accessed) },
    ...(c.dataAsOf ? { issued: { 'date-parts': dateParts(c.dataAsOf) } } : {}),
    license: c.licence,
    language: 'de',
  };
}

export function formatCitation(format: CitationFormat, c: CitationFacts): string {
  if (format === 'text') return citationText(c);
  if (format === 'bibtex') return citationBibtex(c);
  return JSON.stringify([citationCsl(c)], null, 2);
}

/** A citation key from the page's path: "sdd-kennzahlen-co2-01". */
export const citationKey = (path: string) =>
  `sdd-${path
    .replace(/^\/|\/$/g, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase()}`;
