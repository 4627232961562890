// CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF line ends,
// UTF-8 with BOM (so Excel shows umlauts), "." as decimal separator; text
// that a spreadsheet would run as a formula is neutralised (spreadsheetSafe).
import { spreadsheetSafe, type Kpi, type SpreadsheetValue } from '@sdd/shared-types';

const cell = (v: SpreadsheetValue) => {
  const safe = spreadsheetSafe(v);
  const s = safe === null ? '' : String(safe);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const CSV_HEADER = ['kennzahl_code', 'kennzahl_name', 'einheit', 'zeitraum', 'reihe', 'wert', 'vorlaeufig', 'anmerkung', 'quelle', 'lizenz'];

/** One row per KPI code, period and series. */
export function observationRows(kpis: readonly Kpi[]): (string | number | boolean | null)[][] {
  return kpis.flatMap((k) =>
    [...k.observations]
      .sort((a, b) => a.period.localeCompare(b.period) || (a.series ?? '').localeCompare(b.series ?? ''))
      .map((o) => [k.code, k.name, k.unit, o.period, o.series, o.value, o.provisional, o.note, k.sourceName, k.licence]),
  );
}

export function toCsv(header: readonly string[], rows: readonly (string | number | boolean | null)[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
