// Every open-data download, as bytes computed from the snapshot alone: the
// endpoints and scripts/download-files.ts that write the files, the /daten/
// page that shows their sizes and
// the catalogue that declares them (dcat:byteSize) all call these, so a size
// shown is the size served.
import type { FileFormat, Kpi, Snapshot } from '@sdd/shared-types';
import { csvHeader, kpiCsvLines } from '../csv.ts';
import { joined, utf8 } from '../bytes.ts';
import { kpiHash } from '../content-hash.ts';
import { keptBetweenBuilds } from '../per-build.ts';
import { kpiJson } from '../downloads.ts';
import { urls } from '../urls.ts';
import { zipCollection } from './zip.ts';

export interface DownloadFile {
  /** Site path, e.g. "/daten/kennzahlen.csv". */
  path: string;
  /** German title (link text, dct:title of the distribution). */
  title: string;
  format: FileFormat;
  bytes: () => Uint8Array<ArrayBuffer>;
}

const memo = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/**
 * What the collection's files hold of each KPI, as UTF-8, made once per content of the KPI: a publish changes few, and
 * making and encoding all again cost 0.2 s of each build at ten times the demo (per-build.ts).
 */
const kpiBytes = {
  csv: keptBetweenBuilds((kpi: Kpi) => utf8(kpiCsvLines.standard(kpi)), kpiHash),
  excel: keptBetweenBuilds((kpi: Kpi) => utf8(kpiCsvLines.excel(kpi)), kpiHash),
  json: keptBetweenBuilds((kpi: Kpi) => utf8(JSON.stringify(kpi)), kpiHash),
};

/** `kpisCsv(kpis, excel)` as UTF-8. */
const kpisCsvBytes = (kpis: readonly Kpi[], excel = false) =>
  joined([utf8(csvHeader(excel)), ...kpis.map(kpiBytes[excel ? 'excel' : 'csv'])]);

/** Stands for the KPIs in the snapshot's JSON while the rest is written. */
const KPIS_HERE = JSON.stringify('\u0000kpis\u0000');
const COMMA = utf8(',');

/** The published snapshot as served, without the CMS address, which is internal: `JSON.stringify` of it, as UTF-8. */
export function publishedSnapshotJson(snapshot: Snapshot): Uint8Array<ArrayBuffer> {
  const { source: _cms, ...published } = snapshot;
  // The KPIs keep their place among the keys; their JSON is each KPI's, kept between builds.
  const around = JSON.stringify({ ...published, kpis: JSON.parse(KPIS_HERE) as string }).split(KPIS_HERE);
  if (around.length !== 2) return utf8(JSON.stringify(published));
  const kpis = snapshot.kpis.flatMap((kpi, i) => (i === 0 ? [kpiBytes.json(kpi)] : [COMMA, kpiBytes.json(kpi)]));
  return joined([utf8(`${around[0]}[`), ...kpis, utf8(`]${around[1]}`)]);
}

/** The three files of one KPI: CSV, German-Excel CSV, JSON. */
export function kpiFiles(kpi: Kpi): DownloadFile[] {
  return [
    {
      path: urls.kpiCsv(kpi.code),
      title: `${kpi.code} als CSV (Komma, Dezimalpunkt)`,
      format: 'csv',
      bytes: memo(() => kpisCsvBytes([kpi])),
    },
    {
      path: urls.kpiExcelCsv(kpi.code),
      title: `${kpi.code} als CSV für Excel (Semikolon, Dezimalkomma)`,
      format: 'csv',
      bytes: memo(() => kpisCsvBytes([kpi], true)),
    },
    {
      path: urls.kpiJson(kpi.code),
      title: `${kpi.code} als JSON`,
      format: 'json',
      bytes: memo(() => utf8(kpiJson(kpi))),
    },
  ];
}

/** The whole collection: all values (two CSV dialects), the snapshot, and all of it as one ZIP. */
export function collectionFiles(snapshot: Snapshot): DownloadFile[] {
  const kpis = sortedKpis(snapshot);
  return [
    {
      path: urls.dataCsv(),
      title: 'Alle Werte als CSV (Komma, Dezimalpunkt)',
      format: 'csv',
      bytes: memo(() => kpisCsvBytes(kpis)),
    },
    {
      path: urls.dataExcelCsv(),
      title: 'Alle Werte als CSV für Excel (Semikolon, Dezimalkomma)',
      format: 'csv',
      bytes: memo(() => kpisCsvBytes(kpis, true)),
    },
    {
      path: urls.dataJson(),
      title: 'Alle veröffentlichten Inhalte als JSON',
      format: 'json',
      bytes: memo(() => publishedSnapshotJson(snapshot)),
    },
    {
      path: urls.dataZip(),
      title: 'Alles in einem ZIP-Archiv (CSV, JSON, Metadaten, Lizenz, Liesmich)',
      format: 'zip',
      bytes: memo(() => zipCollection(snapshot, kpis)),
    },
  ];
}

/** KPIs in code order, as the site lists them. */
export const sortedKpis = (snapshot: Snapshot) => [...snapshot.kpis].sort((a, b) => a.code.localeCompare(b.code));

/** Made once: `toLocaleString` with options makes a formatter per call (0.3 s of a 10× build's catalogue). */
const bytesFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** "12,3 KB" — German, as shown next to a link. */
export function formatBytes(n: number): string {
  const de = (v: number) => bytesFormat.format(v);
  return n < 1024 ? `${n} Byte` : n < 1024 * 1024 ? `${de(n / 1024)} KB` : `${de(n / 1024 / 1024)} MB`;
}
