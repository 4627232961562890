// The whole collection as one ZIP for people who want everything at once:
// both CSV dialects, the KPIs as JSON, their metadata, the licence notice and
// a German README that lists every file in the archive with its size.
// Deterministic: every entry carries the snapshot's time, so the same
// snapshot gives the same bytes (and the catalogue's byteSize stays true).
import { zipSync } from 'fflate';
import { OPEN_DATA_LICENCES, type Kpi, type Snapshot } from '@sdd/shared-types';
import { isPreviewBuild } from '../../data/preview-mode.ts';
import { licenceOf } from './licences.ts';
import { temporalCoverage } from './temporal.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

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

function readme(snapshot: Snapshot, entries: [string, Uint8Array][], describe: Record<string, string>): string {
  const date = snapshot.generatedAt.slice(0, 10);
  return [
    `Offene Daten – ${snapshot.settings.siteTitle}`,
    `Datenstand: ${date} (${snapshot.kpis.length} Kennzahlen)`,
    '',
    'Inhalt dieses Archivs:',
    ...entries.map(([name, bytes]) => `- ${name} (${bytes.length} Byte): ${describe[name]}`),
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

export function zipCollection(
  snapshot: Snapshot,
  csv: { csv: Uint8Array; excel: Uint8Array },
): Uint8Array<ArrayBuffer> {
  const kpis = [...snapshot.kpis].sort((a, b) => a.code.localeCompare(b.code));
  const describe: Record<string, string> = {
    'kennzahlen.csv': 'alle Werte, Komma-getrennt, Dezimalpunkt, UTF-8 (für Programme)',
    'kennzahlen-excel.csv':
      'alle Werte, Semikolon-getrennt, Dezimalkomma, UTF-8 mit BOM (Doppelklick in deutschem Excel)',
    'kennzahlen.json': 'alle Kennzahlen mit Werten, Zielen und SDG-Zuordnung als JSON',
    'metadaten.json': 'je Kennzahl Beschreibung, Methode, Quelle, Lizenz, Zeitraum und Datenstand',
    'LIZENZ.txt': 'Lizenz und Quellenangabe',
  };
  const entries: [string, Uint8Array][] = [
    ['kennzahlen.csv', csv.csv],
    ['kennzahlen-excel.csv', csv.excel],
    ['kennzahlen.json', utf8(JSON.stringify(kpis, null, 2))],
    ['metadaten.json', utf8(JSON.stringify(kpis.map(metadata), null, 2))],
    ['LIZENZ.txt', utf8(licenceNotice(snapshot))],
  ];
  const mtime = new Date(snapshot.generatedAt);
  const files = Object.fromEntries(
    [...entries, ['LIESMICH.txt', utf8(readme(snapshot, entries, describe))] as const].map(([name, bytes]) => [
      name,
      [bytes, { mtime }] as const,
    ]),
  );
  // A draft preview stores the same files uncompressed: deflating them is the
  // costliest part of the open data, and nobody downloads from a preview.
  return new Uint8Array(zipSync(files as never, { level: isPreviewBuild() ? 0 : 6 }));
}
