// The open-data files and catalogue of this build, made once and shared by
// the /daten/ page and the endpoints that write them (the ZIP and the
// catalogue are the costly ones).
import { catalogueParts } from '../lib/open-data/catalogue.ts';
import { collectionFiles, kpiFiles, sortedKpis, type DownloadFile } from '../lib/open-data/files.ts';
import { toRdfXml, toTurtle } from '../lib/open-data/rdf.ts';
import { readSnapshot } from './snapshot-file.ts';
import { perBuild } from '../lib/per-build.ts';

function build(siteUrl: string) {
  const snapshot = readSnapshot();
  const collection = collectionFiles(snapshot);
  const perKpi = new Map(sortedKpis(snapshot).map((k) => [k.code, kpiFiles(k)]));
  let parts: ReturnType<typeof catalogueParts> | undefined;
  const catalogue = () => (parts ??= catalogueParts(snapshot, siteUrl, collection));
  // As bytes: the endpoint serves them and the /daten/ page shows their size. A string in a Response would be
  // checked for lone surrogates and encoded again (0.1 s a build at ten times the demo).
  let rdfXml: Uint8Array<ArrayBuffer> | undefined;
  let turtle: Uint8Array<ArrayBuffer> | undefined;
  return {
    snapshot,
    collection,
    /** CSV, Excel CSV and JSON of one KPI. */
    filesOf: (code: string): DownloadFile[] => perKpi.get(code) ?? [],
    /** A collection file by path. */
    file: (path: string) => collection.find((f) => f.path === path)!,
    rdfXml: () => (rdfXml ??= toRdfXml(catalogue())),
    turtle: () => (turtle ??= toTurtle(catalogue())),
  };
}

/** This build's catalogue, by site address. */
const madeThisBuild = perBuild(() => new Map<string, ReturnType<typeof build>>());

/** `siteUrl`: Astro's `site` (the endpoint's `context.site`). */
export function openData(siteUrl: URL | undefined) {
  if (!siteUrl)
    throw new Error('The open-data catalogue needs the public site address: set SITE_URL (astro.config.ts `site`).');
  const made = madeThisBuild();
  let value = made.get(siteUrl.href);
  if (!value) made.set(siteUrl.href, (value = build(siteUrl.href)));
  return value;
}
