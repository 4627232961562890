// CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF line ends,
// UTF-8 with BOM (so Excel shows umlauts); text that a spreadsheet would run
// as a formula is neutralised (spreadsheetSafe). Two dialects: the standard
// one (",", decimal point) for programs, and the German-Excel one (";",
// decimal comma), which a double-click in a German Excel splits into columns.
import { spreadsheetSafe, type Kpi, type SpreadsheetValue } from '@sdd/shared-types';
import { kpiHash } from './content-hash.ts';
import { keptBetweenBuilds } from './per-build.ts';

interface Dialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}
const STANDARD: Dialect = { separator: ',', decimal: '.' };
const GERMAN_EXCEL: Dialect = { separator: ';', decimal: ',' };

function cell(v: SpreadsheetValue, d: Dialect): string {
  const safe = spreadsheetSafe(v);
  // No thousands separators: Excel would read "1.234" as a date or text.
  const s = safe === null ? '' : typeof safe === 'number' ? String(safe).replace('.', d.decimal) : String(safe);
  // Quoted only when needed in this dialect: a quoted "12,5" is text to some readers.
  return s.includes(d.separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = [
  'kennzahl_code',
  'kennzahl_name',
  'einheit',
  'zeitraum',
  'reihe',
  'wert',
  'vorlaeufig',
  'anmerkung',
  'quelle',
  'lizenz',
];

/** One row per KPI code, period and series. */
export function observationRows(kpis: readonly Kpi[]): (string | number | boolean | null)[][] {
  return kpis.flatMap((k) =>
    [...k.observations]
      .sort((a, b) => a.period.localeCompare(b.period) || (a.series ?? '').localeCompare(b.series ?? ''))
      .map((o) => [
        k.code,
        k.name,
        k.unit,
        o.period,
        o.series,
        o.value,
        o.provisional,
        o.note,
        k.sourceName,
        k.licence,
      ]),
  );
}

const line = (row: readonly SpreadsheetValue[], d: Dialect) => row.map((v) => cell(v, d)).join(d.separator);
const write = (d: Dialect) => (header: readonly string[], rows: readonly SpreadsheetValue[][]) =>
  `\uFEFF${[header, ...rows].map((r) => line(r, d)).join('\r\n')}\r\n`;

/** Comma-separated, decimal point. */
export const toCsv = write(STANDARD);
/** Semicolon-separated, decimal comma: what a German Excel expects on double-click. */
export const toExcelCsv = write(GERMAN_EXCEL);

/** One KPI's lines in a dialect, each ending in CRLF; made once per content of the KPI (per-build.ts). */
const kpiLinesIn = (d: Dialect) =>
  keptBetweenBuilds(
    (kpi: Kpi) =>
      observationRows([kpi])
        .map((r) => `${line(r, d)}\r\n`)
        .join(''),
    kpiHash,
  );

/** One KPI's lines, each ending in CRLF, in either dialect: a publish changes few KPIs, so few are made again. */
export const kpiCsvLines = { standard: kpiLinesIn(STANDARD), excel: kpiLinesIn(GERMAN_EXCEL) };

/** The BOM and the header line, as the CSV begins. */
export const csvHeader = (excel = false) => `\uFEFF${line(CSV_HEADER, excel ? GERMAN_EXCEL : STANDARD)}\r\n`;

/**
 * All series of the KPIs, each row with unit, source and licence: `toCsv(CSV_HEADER, observationRows(kpis))` (or
 * `toExcelCsv`), made of each KPI's lines.
 */
export const kpisCsv = (kpis: readonly Kpi[], excel = false): string =>
  csvHeader(excel) + kpis.map(kpiCsvLines[excel ? 'excel' : 'standard']).join('');
