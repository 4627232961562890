// Reads every value out of a sheet, located by file, row and column, and
// collects the problems that need no knowledge of the CMS: numbers that are
// not numbers, years out of range, a value given twice.
import { detectDecimalMark, isMissingMarker, parseNumber, type CellRef, type DecimalMark, type ImportProblem, type ImportValue } from '@sdd/shared-types';
import type { Layout } from './layout.ts';
import { columnLetter, type Cell, type Sheet } from './sheet.ts';

export interface LocatedValue extends ImportValue {
  /** The value's cell. */
  at: CellRef;
  /** The cell of the row's KPI code. */
  codeAt: CellRef;
  /** The unit the sheet states for this row, and its cell, if it has a unit column. */
  unit: string | null;
  unitAt: CellRef | null;
}

export const MIN_YEAR = 1900;
export const maxYear = (now = new Date()) => now.getFullYear() + 1;

const text = (c: Cell | undefined) => (c === undefined ? '' : String(c).trim());

function newestValueColumn(layout: Layout, cells: Cell[]): number | undefined {
  if (layout.format !== 'wide') return undefined;
  return [...layout.years].sort((a, b) => b.period.localeCompare(a.period)).find((y) => {
    const c = cells[y.column];
    return c !== undefined && !(typeof c === 'string' && isMissingMarker(c));
  })?.column;
}

export function extractValues(sheet: Sheet, layout: Layout, options: { decimal?: DecimalMark; now?: Date } = {}) {
  const [header, ...body] = sheet.rows;
  const heads = header?.cells ?? [];
  const ref = (row: number, column: number): CellRef => ({ file: sheet.file, row, column: columnLetter(column), header: text(heads[column]) });
  const valueColumns = layout.format === 'long' ? [layout.columns.value] : layout.years.map((y) => y.column);
  const decimal = options.decimal ?? detectDecimalMark(body.flatMap((r) => valueColumns.map((c) => r.cells[c]).filter((c): c is string => typeof c === 'string')));
  const values: LocatedValue[] = [];
  const problems: ImportProblem[] = [];
  let skipped = 0;
  const seen = new Map<string, CellRef>();

  const add = (row: number, codeCell: Cell | undefined, period: string, periodCol: number, valueCol: number, cells: Cell[]) => {
    const raw = cells[valueCol];
    if (raw === undefined || (typeof raw === 'string' && isMissingMarker(raw))) {
      skipped++;
      return;
    }
    const value = typeof raw === 'number' ? raw : parseNumber(raw, decimal);
    if (value === null) {
      problems.push({ at: ref(row, valueCol), message: `„${raw}“ ist keine Zahl`, hint: `Zahlen mit ${decimal === ',' ? 'Dezimalkomma (12,5) und Tausenderpunkt (1.234,5)' : 'Dezimalpunkt (12.5)'} schreiben; für fehlende Werte die Zelle leer lassen oder „-“ bzw. „k.A.“ eintragen.` });
      return;
    }
    if (!/^\d{4}$/.test(period)) {
      problems.push({ at: ref(row, periodCol), message: `„${period}“ ist kein Jahr`, hint: 'Ein vierstelliges Berichtsjahr eintragen, z. B. 2024 (Quartale und Monate importiert dieses Werkzeug nicht).' });
      return;
    }
    const year = Number(period);
    if (year < MIN_YEAR || year > maxYear(options.now)) {
      problems.push({ at: ref(row, periodCol), message: `Jahr „${period}“ liegt außerhalb von ${MIN_YEAR} bis ${maxYear(options.now)}`, hint: 'Ein vierstelliges Berichtsjahr eintragen, z. B. 2024.' });
      return;
    }
    const code = text(codeCell).toUpperCase();
    const series = layout.columns.series === undefined ? null : text(cells[layout.columns.series]) || null;
    const key = `${code}|${period}|${series ?? ''}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ at: ref(row, valueCol), message: `${code} ${period}${series ? ` (${series})` : ''} kommt doppelt vor (zuerst in Zeile ${first.row})`, hint: 'Jede Kennzahl darf je Jahr und Reihe nur einmal vorkommen: eine der Zeilen löschen.' });
      return;
    }
    seen.set(key, ref(row, valueCol));
    // In wide format a row's note belongs to its newest value only.
    const noteHere = layout.format === 'long' || valueCol === newestValueColumn(layout, cells);
    const note = layout.columns.note === undefined || !noteHere ? null : text(cells[layout.columns.note]) || null;
    const unit = layout.columns.unit === undefined ? null : text(cells[layout.columns.unit]) || null;
    for (const [field, content] of [['series', series], ['note', note]] as const) {
      const column = layout.columns[field];
      if (content && content.length > 255 && column !== undefined) {
        problems.push({ at: ref(row, column), message: `Text ist ${content.length} Zeichen lang (höchstens 255)`, hint: 'Den Text kürzen; ausführliche Erläuterungen gehören in die Beschreibung der Kennzahl im CMS.' });
        return;
      }
    }
    const unitAt = layout.columns.unit === undefined ? null : ref(row, layout.columns.unit);
    values.push({ code, period, series, value, note, unit, at: ref(row, valueCol), codeAt: ref(row, layout.columns.code), unitAt });
  };

  for (const { row, cells } of body) {
    const code = cells[layout.columns.code];
    if (text(code) === '') {
      problems.push({ at: ref(row, layout.columns.code), message: 'Kennzahl-Code fehlt', hint: 'In jeder Zeile den Code der Kennzahl eintragen, z. B. „KLI-01“ (siehe Vorlage).' });
      continue;
    }
    if (layout.format === 'long') {
      const periodCell = cells[layout.columns.period];
      add(row, code, typeof periodCell === 'number' ? String(periodCell) : text(periodCell), layout.columns.period, layout.columns.value, cells);
    } else {
      for (const y of layout.years) add(row, code, y.period, y.column, y.column, cells);
    }
  }
  return { values, problems, skipped, decimal };
}
