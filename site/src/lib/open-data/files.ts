// Every open-data download, as bytes computed from the snapshot alone: the
// endpoints that write the files, the /daten/ page that shows their sizes and
// the catalogue that declares them (dcat:byteSize) all call these, so a size
// shown is the size served.
import type { FileFormat, Kpi, Snapshot } from '@sdd/shared-types';
import { CSV_HEADER, observationRows, toCsv, toExcelCsv } from '../csv.ts';
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

export const utf8 = (s: string) => new TextEncoder().encode(s);
const memo = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** The published snapshot as served: without the CMS address, which is internal. */
export function publishedSnapshotJson(snapshot: Snapshot): string {
  const { source: _cms, ...published } = snapshot;
  return JSON.stringify(published);
}

export const kpiJson = (kpi: Kpi) => JSON.stringify(kpi, null, 2);

/** The three files of one KPI: CSV, German-Excel CSV, JSON. */
export function kpiFiles(kpi: Kpi): DownloadFile[] {
  return [
    {
      path: urls.kpiCsv(kpi.code),
      title: `${kpi.code} als CSV (Komma, Dezimalpunkt)`,
      format: 'csv',
      bytes: memo(() => utf8(toCsv(CSV_HEADER, observationRows([kpi])))),
    },
    {
      path: urls.kpiExcelCsv(kpi.code),
      title: `${kpi.code} als CSV für Excel (Semikolon, Dezimalkomma)`,
      format: 'csv',
      bytes: memo(() => utf8(toExcelCsv(CSV_HEADER, observationRows([kpi])))),
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
  const csv = memo(() => utf8(toCsv(CSV_HEADER, observationRows(kpis))));
  const excel = memo(() => utf8(toExcelCsv(CSV_HEADER, observationRows(kpis))));
  return [
    { path: urls.dataCsv(), title: 'Alle Werte als CSV (Komma, Dezimalpunkt)', format: 'csv', bytes: csv },
    {
      path: urls.dataExcelCsv(),
      title: 'Alle Werte als CSV für Excel (Semikolon, Dezimalkomma)',
      format: 'csv',
      bytes: excel,
    },
    {
      path: urls.dataJson(),
      title: 'Alle veröffentlichten Inhalte als JSON',
      format: 'json',
      bytes: memo(() => utf8(publishedSnapshotJson(snapshot))),
    },
    {
      path: urls.dataZip(),
      title: 'Alles in einem ZIP-Archiv (CSV, JSON, Metadaten, Lizenz, Liesmich)',
      format: 'zip',
      bytes: memo(() => zipCollection(snapshot, { csv: csv(), excel: excel() })),
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
