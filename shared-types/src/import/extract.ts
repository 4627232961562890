// Reads every value out of a sheet with a code column (long or wide
// layout), located by file, row and column, and collects the problems that
// need no knowledge of the CMS: numbers that are not numbers, periods that
// are not periods, texts too long. Duplicates, year ranges and periodicity
// are the shared import rules' business (check-file.ts).
import {
  MAX_IMPORT_VALUES,
  readComparisonFlag,
  readComparisonLabel,
  type CellRef,
  type DecimalMark,
  type ImportProblem,
  type ImportValue,
} from '../index.ts';
import { decimalOf, readValue } from './cell-value.ts';
import type { Layout } from './layout.ts';
import { readPeriod } from './periods.ts';
import { columnLetter, type Cell, type Sheet } from './sheet.ts';

export interface LocatedValue extends ImportValue {
  /** The value's cell. */
  at: CellRef;
  /** The cell that named the period. */
  periodAt: CellRef;
  /** The cell that named the KPI (the code column, or the value itself when the file is for one KPI). */
  codeAt: CellRef;
  /** The unit the sheet states for this value, and its cell, if it states one. */
  unit: string | null;
  unitAt: CellRef | null;
  /** The cell that marked the series as comparison or own (series label or "Vergleich" column), if any. */
  comparisonAt?: CellRef;
}

export interface Extracted {
  values: LocatedValue[];
  problems: ImportProblem[];
  skipped: number;
  decimal: DecimalMark;
  /** More values than one import may carry: extraction stopped there. */
  tooMany: boolean;
}

export const text = (c: Cell | undefined) => (c === undefined ? '' : String(c).trim());

export const cellRef = (sheet: Sheet, row: number, column: number, header: Cell | undefined): CellRef => ({
  file: sheet.file,
  row,
  column: columnLetter(column),
  header: text(header),
});

const periodHint =
  'Ein Jahr (2024), einen Monat (01.2024, Jan 24, Januar 2024) oder ein Quartal (Q1 2024, 1. Quartal 2024) eintragen.';

export function checkTextLength(content: string | null, at: CellRef): ImportProblem | null {
  if (!content || content.length <= 255) return null;
  return {
    at,
    message: `Text ist ${content.length} Zeichen lang (höchstens 255)`,
    hint: 'Den Text kürzen; ausführliche Erläuterungen gehören in die Beschreibung der Kennzahl im CMS.',
  };
}

function newestValueColumn(layout: Layout, cells: Cell[]): number | undefined {
  if (layout.format !== 'wide') return undefined;
  return [...layout.years]
    .sort((a, b) => b.period.localeCompare(a.period))
    .find((y) => !('missing' in readValue(cells[y.column], ',')))?.column;
}

export function extractValues(
  sheet: Sheet,
  layout: Layout,
  options: { decimal?: DecimalMark; now?: Date; maxValues?: number } = {},
): Extracted {
  const [header, ...body] = sheet.rows;
  const heads = header?.cells ?? [];
  const ref = (row: number, column: number) => cellRef(sheet, row, column, heads[column]);
  const valueColumns = layout.format === 'long' ? [layout.columns.value] : layout.years.map((y) => y.column);
  const decimal = options.decimal ?? decimalOf(body.flatMap((r) => valueColumns.map((c) => r.cells[c])));
  const out: Extracted = { values: [], problems: [], skipped: 0, decimal, tooMany: false };

  const add = (
    row: number,
    codeCell: Cell | undefined,
    periodCell: Cell | undefined,
    periodCol: number,
    valueCol: number,
    cells: Cell[],
  ) => {
    const reading = readValue(cells[valueCol], decimal);
    if ('missing' in reading) {
      out.skipped++;
      return;
    }
    if ('problem' in reading) {
      out.problems.push({ at: ref(row, valueCol), message: reading.problem, hint: reading.hint });
      return;
    }
    const period = readPeriod(periodCell, options.now);
    if (period === null || 'problem' in period) {
      out.problems.push({
        at: ref(row, periodCol),
        message: period?.problem ?? `„${text(periodCell)}“ ist kein Zeitraum`,
        hint: period?.hint ?? periodHint,
      });
      return;
    }
    const label = layout.columns.series === undefined ? null : readComparisonLabel(text(cells[layout.columns.series]));
    const series = label?.name || null;
    // In wide format a row's note belongs to its newest value only.
    const noteHere = layout.format === 'long' || valueCol === newestValueColumn(layout, cells);
    const note = layout.columns.note === undefined || !noteHere ? null : text(cells[layout.columns.note]) || null;
    const unit = layout.columns.unit === undefined ? null : text(cells[layout.columns.unit]) || null;
    for (const [field, content] of [
      ['series', series],
      ['note', note],
    ] as const) {
      const column = layout.columns[field];
      const tooLong = column === undefined ? null : checkTextLength(content, ref(row, column));
      if (tooLong) {
        out.problems.push(tooLong);
        return;
      }
    }
    if (out.values.length >= (options.maxValues ?? MAX_IMPORT_VALUES)) {
      out.tooMany = true;
      return;
    }
    const unitAt = layout.columns.unit === undefined ? null : ref(row, layout.columns.unit);
    const located = {
      code: text(codeCell).toUpperCase(),
      period: period.period,
      series,
      value: reading.value,
      note,
      unit,
      at: ref(row, valueCol),
      periodAt: ref(row, periodCol),
      codeAt: ref(row, layout.columns.code),
      unitAt,
    };
    // The series label's mark ("Bayern (Vergleich)") or else the row's "Vergleich" cell.
    const mark = label?.comparison
      ? { comparison: true, comparisonAt: ref(row, layout.columns.series!) }
      : flag.comparison !== undefined
        ? { comparison: flag.comparison, comparisonAt: ref(row, layout.columns.comparison!) }
        : {};
    out.values.push({ ...located, ...mark });
  };
  // The "Vergleich" column's cell of the row being read (once per row, also in wide format).
  let flag: { comparison: boolean | undefined } = { comparison: undefined };

  for (const { row, cells } of body) {
    if (out.tooMany) break;
    const code = cells[layout.columns.code];
    if (text(code) === '') {
      out.problems.push({
        at: ref(row, layout.columns.code),
        message: 'Kennzahl-Code fehlt',
        hint: 'In jeder Zeile den Code der Kennzahl eintragen, z. B. „KLI-01“ (siehe Vorlage) – oder bei einer Datei für nur eine Kennzahl: --kpi CODE.',
      });
      continue;
    }
    const read =
      layout.columns.comparison === undefined
        ? { comparison: undefined }
        : readComparisonFlag(text(cells[layout.columns.comparison]));
    if ('problem' in read) {
      out.problems.push({ at: ref(row, layout.columns.comparison!), message: read.problem, hint: read.hint });
      continue;
    }
    flag = read;
    const named = layout.columns.series === undefined ? null : readComparisonLabel(text(cells[layout.columns.series]));
    if (named?.comparison && flag.comparison === false) {
      out.problems.push({
        at: ref(row, layout.columns.comparison!),
        message: `die Reihe „${named.name}“ ist als Vergleich benannt, hier steht aber „nein“`,
        hint: 'Eines von beiden korrigieren: „ja“ eintragen oder „(Vergleich)“ aus dem Reihennamen entfernen.',
      });
      continue;
    }
    if (layout.format === 'long')
      add(row, code, cells[layout.columns.period], layout.columns.period, layout.columns.value, cells);
    else for (const y of layout.years) add(row, code, y.period, y.column, y.column, cells);
  }
  return out;
}
