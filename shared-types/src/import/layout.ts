// Which column is what. Long format: one row per value (code, year, value,
// optional series, unit, note). Wide format: one row per KPI (and series),
// one column per year. Headers in German or English; the format is detected
// from them unless forced.
import { readPeriod } from './periods.ts';
import { columnLetter, type Cell } from './sheet.ts';

export type Field = 'code' | 'period' | 'value' | 'series' | 'unit' | 'note' | 'name' | 'comparison';

const SYNONYMS: Record<Field, string[]> = {
  code: [
    'kennzahl',
    'code',
    'kennzahl-code',
    'kennzahlcode',
    'kpi',
    'kpi-code',
    'kpi code',
    'indikator',
    'indicator',
    'schlüssel',
    'id',
  ],
  period: ['jahr', 'year', 'zeitraum', 'period', 'berichtsjahr', 'stichtag'],
  value: ['wert', 'value', 'werte', 'anzahl', 'betrag'],
  series: ['reihe', 'series', 'teilreihe', 'gruppe', 'merkmal', 'geschlecht'],
  unit: ['einheit', 'unit', 'maßeinheit', 'masseinheit'],
  note: ['anmerkung', 'note', 'notes', 'bemerkung', 'hinweis', 'fußnote', 'kommentar', 'comment'],
  comparison: ['vergleich', 'vergleichsreihe', 'comparison'],
  name: ['name', 'bezeichnung', 'kennzahl-name', 'titel', 'title', 'beschreibung'],
};

const normalise = (h: Cell) => String(h).trim().toLowerCase().replace(/\s+/g, ' ').replace(/[:*]$/, '');

export interface LongLayout {
  format: 'long';
  columns: Partial<Record<Field, number>> & { code: number; period: number; value: number };
}
export interface WideLayout {
  format: 'wide';
  columns: Partial<Record<Field, number>> & { code: number };
  years: { column: number; period: string }[];
}
export type Layout = LongLayout | WideLayout;

export type LayoutResult = { layout: Layout } | { problem: string; hint: string };

export function detectLayout(header: readonly Cell[], forced?: 'long' | 'wide'): LayoutResult {
  const columns: Partial<Record<Field, number>> = {};
  const years: WideLayout['years'] = [];
  let badPeriod: { problem: string; hint: string } | undefined;
  header.forEach((cell, i) => {
    const h = normalise(cell);
    const period = readPeriod(cell);
    if (period && 'problem' in period)
      badPeriod ??= { problem: `Spalte ${columnLetter(i)}: ${period.problem}`, hint: period.hint };
    if (period && 'period' in period) {
      years.push({ column: i, period: period.period });
      return;
    }
    const field = (Object.keys(SYNONYMS) as Field[]).find((f) => SYNONYMS[f].includes(h));
    if (field && columns[field] === undefined) columns[field] = i;
  });
  const hint =
    'Die erste Zeile muss Spaltenüberschriften enthalten, z. B. „Kennzahl;Jahr;Wert“ (lang) oder „Kennzahl;2023;2024“ (breit). Eine Vorlage erzeugt: npm run import -- template --year <JJJJ>';
  if (badPeriod) return badPeriod;
  if (columns.code === undefined) {
    return {
      problem: 'keine Spalte für den Kennzahl-Code gefunden (erwartet: „Kennzahl“, „Code“ oder „KPI“)',
      hint: `Ist die Datei für nur eine Kennzahl (Zeiträume als Zeilen oder Spalten), deren Code angeben: npm run import -- <Datei> --kpi CODE. Sonst: ${hint}`,
    };
  }
  const format =
    forced ??
    (columns.period !== undefined && columns.value !== undefined ? 'long' : years.length > 0 ? 'wide' : undefined);
  if (format === 'long') {
    if (columns.period === undefined || columns.value === undefined)
      return { problem: 'Langformat braucht die Spalten „Jahr“ und „Wert“', hint };
    return {
      layout: { format, columns: { ...columns, code: columns.code, period: columns.period, value: columns.value } },
    };
  }
  if (format === 'wide') {
    if (years.length === 0) return { problem: 'Breitformat braucht Spalten mit Jahreszahlen wie „2023“', hint };
    return { layout: { format, columns: { ...columns, code: columns.code }, years } };
  }
  return { problem: 'weder „Jahr“ und „Wert“ (Langformat) noch Jahresspalten wie „2024“ (Breitformat) gefunden', hint };
}
