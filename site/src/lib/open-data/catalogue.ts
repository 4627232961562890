// The DCAT-AP.de 2.0 catalogue of everything /daten/ offers: one dcat:Dataset
// per published KPI and one for the whole collection, each with its
// distributions (URL, format, media type, size, licence). Built from the
// snapshot alone; state portals harvest it and pass it on to GovData.
// Vocabulary URIs: shared-types open-data.ts (../shared/reference/dcat-ap-de.md).
import {
  CONTRIBUTOR_BASE,
  DATA_THEME_TAXONOMY,
  FILE_FORMATS,
  FREQUENCY_URI,
  LANGUAGE_DEU,
  OPEN_DATA_LICENCES,
  dataThemeUris,
  mediaTypeUri,
  politicalGeocoding,
  type Kpi,
  type Snapshot,
} from '@sdd/shared-types';
import { contentHash, kpiHash } from '../content-hash.ts';
import { urls } from '../urls.ts';
import { collectionFiles, kpiFiles, sortedKpis, type DownloadFile } from './files.ts';
import { licenceOf } from './licences.ts';
import { blank, iri, NS, text, typed, type Subject, type Triple } from './rdf.ts';
import { temporalCoverage } from './temporal.ts';

const { rdf, dcat, dct, dcatde, foaf, vcard } = NS;
const A = `${rdf}type`;

interface Licence {
  uri: string;
  /** dcatde:licenseAttributionByText, when the licence demands attribution. */
  attribution?: string;
}

/** A KPI's triples (its dataset and distributions, not the catalogue's link to it) and how many blank nodes they use. */
interface KpiTriples {
  triples: readonly Triple[];
  blanks: number;
}

/**
 * The catalogue in parts, each with subjects of its own (rdf.ts serialises them one by one): first the catalogue
 * itself, its publisher, contact point and links to every dataset; then each dataset with its distributions. A KPI's
 * part is the same array as in the last build when the KPI is unchanged, and so is its serialisation.
 */
export type CatalogueParts = readonly (readonly Triple[])[];

/**
 * The KPIs' triples of the last catalogue made in this process, by what they were made from. A warm builder
 * (site/scripts/warm-build-worker.ts) makes the catalogue in every build, and a publish changes few KPIs: making the
 * others' again (their CSV and JSON files for the byte sizes, their texts) took 0.8 s of each 10× build. Only the last
 * catalogue's are kept, so this holds one catalogue's worth, however many builds there are.
 */
let madeLastBuild = new Map<string, KpiTriples>();

/**
 * The catalogue's triples; `siteUrl` is the public address of the site (Astro's `site`). `collection`: the
 * collection's files of this build, if made already — their sizes are in the catalogue, and making them again (the
 * ZIP above all) cost 0.4 s of a 10× build.
 */
export function catalogueTriples(
  snapshot: Snapshot,
  siteUrl: string,
  collection: DownloadFile[] = collectionFiles(snapshot),
): Triple[] {
  return catalogueParts(snapshot, siteUrl, collection).flat();
}

export function catalogueParts(
  snapshot: Snapshot,
  siteUrl: string,
  collection: DownloadFile[] = collectionFiles(snapshot),
): CatalogueParts {
  const abs = (path: string) => new URL(path, siteUrl).href;
  const s = snapshot.settings;
  const head: Triple[] = [];
  const parts: (readonly Triple[])[] = [head];
  /** Where add() writes: the head, then each dataset's own part. */
  let out = head;
  const add = (subject: Subject, predicate: string, ...objects: Triple[2][]) => {
    for (const o of objects) out.push([subject, predicate, o]);
  };
  /** A node of the catalogue document, by its name in it. */
  const documentUrl = abs(urls.catalogueRdf());
  const node = (name: string) => iri(`${documentUrl}#${name}`);
  const catalogueUri = node('katalog');
  const publisher = node('herausgeber');
  const contact = node('kontakt');
  /** The catalogue's link to a dataset: in the head, whether the dataset's part is made now or kept. */
  const linkDataset = (id: string) => {
    const ds = node(id);
    head.push([catalogueUri, `${dcat}dataset`, ds]);
    return ds;
  };
  const modified = typed(snapshot.generatedAt, 'dateTime');
  const geocoding = s.officialKey ? politicalGeocoding(s.officialKey) : undefined;
  const siteLicence = OPEN_DATA_LICENCES[s.dataLicenceId];
  const cityAttribution = `${s.cityName}, ${s.siteTitle}`;

  add(catalogueUri, A, iri(`${dcat}Catalog`));
  add(catalogueUri, `${dct}title`, text(`Offene Daten – ${s.siteTitle}`));
  add(
    catalogueUri,
    `${dct}description`,
    text(`Die Kennzahlen des ${s.siteTitle} mit allen veröffentlichten Werten, je Kennzahl als CSV und JSON.`),
  );
  add(catalogueUri, `${dct}publisher`, publisher);
  add(catalogueUri, `${dct}language`, iri(LANGUAGE_DEU));
  add(catalogueUri, `${foaf}homepage`, iri(abs(urls.data())));
  add(catalogueUri, `${dct}license`, iri(siteLicence.uri));
  add(catalogueUri, `${dcat}themeTaxonomy`, iri(DATA_THEME_TAXONOMY));
  add(catalogueUri, `${dct}modified`, modified);
  if (geocoding) add(catalogueUri, `${dct}spatial`, iri(geocoding.uri));

  add(publisher, A, iri(`${foaf}Organization`));
  add(publisher, `${foaf}name`, text(s.cityName));
  add(publisher, `${foaf}homepage`, iri(abs(urls.home())));

  add(contact, A, iri(`${vcard}Organization`));
  add(contact, `${vcard}fn`, text(s.cityName));
  if (s.contactEmail) add(contact, `${vcard}hasEmail`, iri(`mailto:${s.contactEmail}`));
  if (s.contactUrl) add(contact, `${vcard}hasURL`, iri(s.contactUrl));

  let blanks = 0;
  const dataset = (
    id: string,
    d: {
      title: string;
      description: string;
      keywords: string[];
      themes: string[];
      coverage?: { start: string; end: string };
      frequency: string;
      landingPage: string;
      modified: string;
      licence: Licence;
      files: DownloadFile[];
    },
  ) => {
    const ds = linkDataset(id);
    out = [];
    parts.push(out);
    add(ds, A, iri(`${dcat}Dataset`));
    add(ds, `${dct}identifier`, { literal: ds.iri });
    add(ds, `${dct}title`, text(d.title));
    add(ds, `${dct}description`, text(d.description));
    add(ds, `${dcat}keyword`, ...d.keywords.map(text));
    add(ds, `${dcat}theme`, ...d.themes.map(iri));
    if (d.coverage) {
      const period = blank(`zeitraum${++blanks}`);
      add(ds, `${dct}temporal`, period);
      add(period, A, iri(`${dct}PeriodOfTime`));
      add(period, `${dcat}startDate`, typed(d.coverage.start, 'date'));
      add(period, `${dcat}endDate`, typed(d.coverage.end, 'date'));
    }
    add(ds, `${dct}accrualPeriodicity`, iri(d.frequency));
    add(ds, `${dcat}landingPage`, iri(d.landingPage));
    add(ds, `${dct}modified`, typed(d.modified, 'date'));
    add(ds, `${dct}publisher`, publisher);
    add(ds, `${dcat}contactPoint`, contact);
    if (s.contributorId) add(ds, `${dcatde}contributorID`, iri(`${CONTRIBUTOR_BASE}${s.contributorId}`));
    if (geocoding) {
      add(ds, `${dcatde}politicalGeocodingURI`, iri(geocoding.uri));
      add(ds, `${dcatde}politicalGeocodingLevelURI`, iri(geocoding.levelUri));
      add(ds, `${dct}spatial`, iri(geocoding.uri));
    }
    d.files.forEach((file, i) => {
      const dist = iri(`${ds.iri}-datei-${i + 1}`);
      const url = iri(abs(file.path));
      add(ds, `${dcat}distribution`, dist);
      add(dist, A, iri(`${dcat}Distribution`));
      add(dist, `${dct}title`, text(file.title));
      add(dist, `${dcat}accessURL`, url);
      add(dist, `${dcat}downloadURL`, url);
      add(dist, `${dct}format`, iri(FILE_FORMATS[file.format].format));
      add(dist, `${dcat}mediaType`, iri(mediaTypeUri(FILE_FORMATS[file.format].mediaType)));
      add(dist, `${dcat}byteSize`, typed(String(file.bytes().length), 'decimal'));
      add(dist, `${dct}license`, iri(d.licence.uri));
      if (d.licence.attribution) add(dist, `${dcatde}licenseAttributionByText`, text(d.licence.attribution));
      add(dist, `${dct}modified`, typed(d.modified, 'date'));
    });
  };

  const kpis = sortedKpis(snapshot);
  const today = snapshot.generatedAt.slice(0, 10);
  const cityKeywords = [s.cityName, 'Nachhaltigkeit', 'Kennzahlen'];
  const madeNow = new Map<string, KpiTriples>();
  // Hashed once: the settings are in every KPI's key.
  const sameForAll = contentHash([s, today, siteUrl]);
  for (const kpi of kpis) {
    // Everything a KPI's triples are made from: the KPI, the settings, the day, the site address and the number of
    // its blank node. The same, and its triples are those of the last build.
    const key = contentHash([kpiHash(kpi), sameForAll, blanks]);
    const known = madeLastBuild.get(key);
    if (known) {
      linkDataset(datasetId(kpi));
      parts.push(known.triples);
      blanks += known.blanks;
      madeNow.set(key, known);
      continue;
    }
    const blanksBefore = blanks;
    const licence = licenceOf(kpi.licence);
    dataset(datasetId(kpi), {
      title: `${kpi.name} – ${s.cityName}`,
      description: describe(kpi, s.cityName),
      keywords: [...new Set([...cityKeywords, ...kpi.sdgs.map((g) => `SDG ${g.goal}`)])],
      themes: dataThemeUris(kpi.sdgs.map((g) => g.goal)),
      coverage: temporalCoverage(kpi.observations),
      frequency: FREQUENCY_URI[kpi.periodicity],
      landingPage: abs(urls.kpi(kpi.code)),
      modified: kpi.dataAsOf ?? today,
      licence: {
        uri: licence.uri,
        ...(licence.attribution
          ? { attribution: `Datenquelle: ${kpi.sourceName}; ${cityAttribution} (${kpi.licence})` }
          : {}),
      },
      files: kpiFiles(kpi),
    });
    madeNow.set(key, { triples: out, blanks: blanks - blanksBefore });
  }
  madeLastBuild = madeNow;
  const periodicities = new Set(kpis.map((k) => k.periodicity));
  const all = kpis.flatMap((k) => k.observations);
  dataset('alle-kennzahlen', {
    title: `Alle Kennzahlen – ${s.siteTitle}`,
    description: `Alle ${kpis.length} veröffentlichten Kennzahlen von ${s.cityName} mit ihren Werten in einer Datei, den 17 Nachhaltigkeitszielen der Vereinten Nationen zugeordnet.${kpis.some((k) => k.exampleData) ? ' Hinweis: enthält Beispieldaten.' : ''}`,
    keywords: [...cityKeywords, 'SDG'],
    themes: dataThemeUris([...new Set(kpis.flatMap((k) => k.sdgs.map((g) => g.goal)))]),
    coverage: temporalCoverage(all),
    frequency: FREQUENCY_URI[periodicities.size === 1 ? [...periodicities][0]! : 'irregular'],
    landingPage: abs(urls.data()),
    modified:
      kpis
        .map((k) => k.dataAsOf ?? today)
        .sort()
        .at(-1) ?? today,
    licence: {
      uri: siteLicence.uri,
      ...(siteLicence.attribution ? { attribution: `${cityAttribution}; Datenquellen: siehe Spalte „quelle“` } : {}),
    },
    files: collection,
  });
  return parts;
}

const datasetId = (kpi: Kpi) => `kennzahl-${kpi.code.toLowerCase()}`;

function describe(kpi: Kpi, city: string): string {
  const parts = [kpi.description.trim() || `Kennzahl ${kpi.code} der Stadt ${city}.`, `Einheit: ${kpi.unit}.`];
  if (kpi.method.trim()) parts.push(`Methode: ${kpi.method.trim()}`);
  parts.push(`Quelle: ${kpi.sourceName}.`);
  if (kpi.exampleData) parts.push('Hinweis: Beispieldaten.');
  return parts.join('\n\n');
}
