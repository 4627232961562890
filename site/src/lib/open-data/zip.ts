// The whole collection as one ZIP for people who want everything at once:
// both CSV dialects, the KPIs as JSON, their metadata, the licence notice and
// a German README that lists every file in the archive with its size.
// Deterministic: every entry carries the snapshot's time, so the same
// snapshot gives the same bytes (and the catalogue's byteSize stays true).
//
// Each entry is compressed in pieces of about 32 KPIs, each piece on its own
// and kept between builds by its KPIs' content hashes (deflated-pieces.ts): a
// publish changes one KPI, and deflating the whole collection again cost 0.15 s of each build
// at ten times the demo.
import { OPEN_DATA_LICENCES, type Kpi, type Snapshot } from '@sdd/shared-types';
import { isPreviewBuild } from '../../data/preview-mode.ts';
import { kpiHash } from '../content-hash.ts';
import { keptBetweenBuilds } from '../per-build.ts';
import { csvHeader, kpiCsvLines } from '../csv.ts';
import { deflatedEntry, textPiece, zipOf, type DeflatedEntry, type Piece } from './deflated-pieces.ts';
import { licenceOf } from './licences.ts';
import { temporalCoverage } from './temporal.ts';

/** What the archive says about each KPI (metadaten.json). */
function metadata(kpi: Kpi) {
  const coverage = temporalCoverage(kpi.observations);
  const licence = licenceOf(kpi.licence);
  return {
    code: kpi.code,
    name: kpi.name,
    einheit: kpi.unit,
    beschreibung: kpi.description,
    methode: kpi.method,
    quelle: kpi.sourceName,
    quelleUrl: kpi.sourceUrl,
    lizenz: kpi.licence,
    lizenzUri: licence.uri,
    periodizitaet: kpi.periodicity,
    zeitraumVon: coverage?.start ?? null,
    zeitraumBis: coverage?.end ?? null,
    datenstand: kpi.dataAsOf,
    sdgs: kpi.sdgs.map((s) => s.target ?? String(s.goal)),
    zustaendig: kpi.responsibleOffice,
    beispieldaten: kpi.exampleData,
  };
}

function licenceNotice(snapshot: Snapshot): string {
  const site = OPEN_DATA_LICENCES[snapshot.settings.dataLicenceId];
  const others = [...new Set(snapshot.kpis.map((k) => k.licence))].filter((l) => l !== site.name);
  return [
    `Lizenz der Daten: ${site.name}`,
    `Lizenztext: ${site.text}`,
    `Kennung im Datenkatalog: ${site.uri}`,
    '',
    site.attribution
      ? `Bei jeder Weitergabe bitte die Quelle nennen: „${snapshot.settings.cityName}, Smart Data Dashboard“ und die Datenquelle der jeweiligen Kennzahl (Spalte „quelle“).`
      : 'Eine Quellenangabe ist nicht vorgeschrieben, aber willkommen.',
    ...(others.length
      ? ['', 'Einzelne Kennzahlen stehen unter einer anderen Lizenz (Spalte „lizenz“):', ...others.map((l) => `- ${l}`)]
      : []),
    '',
  ].join('\r\n');
}

function readme(
  snapshot: Snapshot,
  entries: readonly (readonly [string, number])[],
  describe: Record<string, string>,
): string {
  const date = snapshot.generatedAt.slice(0, 10);
  return [
    `Offene Daten – ${snapshot.settings.siteTitle}`,
    `Datenstand: ${date} (${snapshot.kpis.length} Kennzahlen)`,
    '',
    'Inhalt dieses Archivs:',
    ...entries.map(([name, size]) => `- ${name} (${size} Byte): ${describe[name]}`),
    '- LIESMICH.txt: diese Datei',
    '',
    'Spalten der CSV-Dateien: kennzahl_code, kennzahl_name, einheit, zeitraum, reihe, wert, vorlaeufig, anmerkung, quelle, lizenz.',
    'Eine Zeile je Kennzahl, Zeitraum und Reihe; ein leerer Wert heißt: für diesen Zeitraum fehlt der Wert.',
    'Texte, die eine Tabellenkalkulation als Formel lesen würde, beginnen mit einem Apostroph.',
    ...(snapshot.kpis.some((k) => k.exampleData)
      ? ['', 'Hinweis: Kennzahlen mit "beispieldaten": true in metadaten.json enthalten erfundene Beispielwerte.']
      : []),
    '',
  ].join('\r\n');
}

/**
 * A value in a pretty-printed JSON array (2 spaces), as JSON.stringify(array, null, 2) writes it: indented one level
 * more. Made once per content of the KPI.
 */
const inArray = (toValue: (kpi: Kpi) => unknown) =>
  keptBetweenBuilds((kpi: Kpi) => JSON.stringify(toValue(kpi), null, 2).replace(/\n/g, '\n  '), kpiHash);
const kpiInArray = inArray((kpi) => kpi);
const metadataInArray = inArray(metadata);

/** The digits of a content hash (base64url), in their order. */
const HASH_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Where the KPIs' pieces are cut into the parts compressed apart: after a KPI whose content hash says so, one in
 * PART_KPIS. The cut depends on the KPI alone, so a changed KPI changes its part only, and a new one no other part.
 * Parts of about 32 KPIs compress nearly as well as the whole (the demo's archive: 87 KB against 85 KB in one piece).
 */
const PART_KPIS = 32;
const cutsAfter = (kpi: Kpi) => HASH_DIGITS.indexOf(kpiHash(kpi)[0]!) % PART_KPIS === 0;

/**
 * An entry made of `head`, then each KPI's text, then `tail`, as pieces to compress apart: the KPIs in parts of about
 * 32, each part named by its KPIs' content hashes (`name` tells the entries apart).
 */
function entryPieces(
  name: string,
  head: string,
  kpis: readonly Kpi[],
  kpiText: (kpi: Kpi, i: number) => string,
  tail = '',
) {
  const pieces: Piece[] = [textPiece(head)];
  let from = 0;
  kpis.forEach((kpi, i) => {
    if (!cutsAfter(kpi) && i < kpis.length - 1) return;
    const part = kpis.slice(from, i + 1);
    const offset = from;
    pieces.push({
      key: `${name} ${offset === 0} ${part.map(kpiHash).join(' ')}`,
      text: () => part.map((k, j) => kpiText(k, offset + j)).join(''),
    });
    from = i + 1;
  });
  if (tail) pieces.push(textPiece(tail));
  return pieces;
}

/** `JSON.stringify(kpis.map(value), null, 2)` as pieces. */
const jsonArrayPieces = (name: string, kpis: readonly Kpi[], value: (kpi: Kpi) => string) =>
  kpis.length === 0
    ? [textPiece('[]')]
    : entryPieces(name, '[\n', kpis, (kpi, i) => `${i === 0 ? '' : ',\n'}  ${value(kpi)}`, '\n]');

/** `kpis`: sorted by code (files.ts). */
export function zipCollection(snapshot: Snapshot, kpis: readonly Kpi[]): Uint8Array<ArrayBuffer> {
  // A draft preview stores the files uncompressed: deflating them is the costliest part of the open data, and nobody
  // downloads from a preview.
  const level = isPreviewBuild() ? 0 : 6;
  const describe: Record<string, string> = {
    'kennzahlen.csv': 'alle Werte, Komma-getrennt, Dezimalpunkt, UTF-8 (für Programme)',
    'kennzahlen-excel.csv':
      'alle Werte, Semikolon-getrennt, Dezimalkomma, UTF-8 mit BOM (Doppelklick in deutschem Excel)',
    'kennzahlen.json': 'alle Kennzahlen mit Werten, Zielen und SDG-Zuordnung als JSON',
    'metadaten.json': 'je Kennzahl Beschreibung, Methode, Quelle, Lizenz, Zeitraum und Datenstand',
    'LIZENZ.txt': 'Lizenz und Quellenangabe',
  };
  const entries: [string, DeflatedEntry][] = [
    ['kennzahlen.csv', deflatedEntry(entryPieces('csv', csvHeader(), kpis, kpiCsvLines.standard), level)],
    ['kennzahlen-excel.csv', deflatedEntry(entryPieces('excel', csvHeader(true), kpis, kpiCsvLines.excel), level)],
    ['kennzahlen.json', deflatedEntry(jsonArrayPieces('json', kpis, kpiInArray), level)],
    ['metadaten.json', deflatedEntry(jsonArrayPieces('metadata', kpis, metadataInArray), level)],
    ['LIZENZ.txt', deflatedEntry([textPiece(licenceNotice(snapshot))], level)],
  ];
  const sizes = entries.map(([name, entry]) => [name, entry.size] as const);
  entries.push(['LIESMICH.txt', deflatedEntry([textPiece(readme(snapshot, sizes, describe))], level)]);
  return zipOf(entries, new Date(snapshot.generatedAt));
}
