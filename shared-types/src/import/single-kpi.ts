// A file for one KPI, as offices publish them (`--kpi CODE`): no code
// column; periods either down the first column (each other column a series:
// "Zeit;Brentanoschule (kWh);Rathaus (kWh)") or along the header row (each
// other row a series: "Stadt;2019;2020", "Aschaffenburg;140405;157.133").
// A header's unit in brackets is split off and checked against the KPI's
// unit later; a generic header ("Wert") is the headline series.
import { MAX_IMPORT_VALUES, readComparisonLabel, type DecimalMark, type ImportProblem } from '../index.ts';
import { decimalOf, readValue } from './cell-value.ts';
import { cellRef, checkTextLength, text, type Extracted } from './extract.ts';
import { readPeriod } from './periods.ts';
import type { Cell, Sheet } from './sheet.ts';

export type Orientation = 'rows' | 'columns';

const HEADLINE = new Set(['', 'wert', 'werte', 'value', 'anzahl', 'betrag', 'insgesamt', 'gesamt', 'total']);

/**
 * "Brentanoschule (kWh)" → series "Brentanoschule", unit "kWh"; "Bayern (Vergleich) (kWh)" or "Vergleich: Bayern" → a
 * comparison series.
 */
export function seriesOf(label: Cell | undefined): { series: string | null; unit: string | null; comparison: boolean } {
  const { name: unmarked, comparison } = readComparisonLabel(text(label).replace(/\s+/g, ' '));
  const m = unmarked.match(/^(.*?)\s*[([]\s*([^)\]]+?)\s*[)\]]$/);
  const name = (m ? m[1]! : unmarked).trim();
  return { series: HEADLINE.has(name.toLowerCase()) ? null : name, unit: m ? m[2]! : null, comparison };
}

const isPeriod = (c: Cell | undefined, now?: Date) => readPeriod(c, now) !== null;

/** Periods down the first column or along the header row, whichever has more; undefined if neither has any. */
export function detectOrientation(sheet: Sheet, now?: Date): Orientation | undefined {
  const [header, ...body] = sheet.rows;
  const inColumn = body.filter((r) => isPeriod(r.cells[0], now)).length;
  const inHeader = (header?.cells ?? []).slice(1).filter((c) => isPeriod(c, now)).length;
  if (inColumn === 0 && inHeader === 0) return undefined;
  return inHeader >= inColumn ? 'columns' : 'rows';
}

export function extractSingleKpi(
  sheet: Sheet,
  code: string,
  options: { decimal?: DecimalMark; now?: Date; orientation?: Orientation; maxValues?: number } = {},
): Extracted & { orientation: Orientation | undefined } {
  const [header, ...body] = sheet.rows;
  const heads = header?.cells ?? [];
  const orientation = options.orientation ?? detectOrientation(sheet, options.now);
  const decimal = options.decimal ?? decimalOf(body.flatMap((r) => r.cells.slice(1)));
  const out: Extracted & { orientation: Orientation | undefined } = {
    values: [],
    problems: [],
    skipped: 0,
    decimal,
    tooMany: false,
    orientation,
  };
  if (!orientation || !header) {
    out.problems.push({
      at: { file: sheet.file },
      message: 'keine Zeiträume gefunden – weder in der ersten Spalte noch in der ersten Zeile',
      hint: 'Zeiträume als Jahr (2024), Monat (01.2024, Jan 24) oder Quartal (Q1 2024) in die erste Spalte (eine Zeile je Zeitraum) oder in die erste Zeile (eine Spalte je Zeitraum) schreiben.',
    });
    return out;
  }
  const ref = (row: number, column: number) => cellRef(sheet, row, column, heads[column]);
  const problem = (p: ImportProblem) => out.problems.push(p);
  // Where each series is named (header cell or first-column cell), and the series label per value cell.
  const add = (
    valueRow: number,
    valueCol: number,
    raw: Cell | undefined,
    periodCell: Cell | undefined,
    periodAt: { row: number; column: number },
    label: Cell | undefined,
    labelAt: { row: number; column: number },
  ) => {
    const reading = readValue(raw, decimal);
    if ('missing' in reading) {
      out.skipped++;
      return;
    }
    if ('problem' in reading)
      return problem({ at: ref(valueRow, valueCol), message: reading.problem, hint: reading.hint });
    const period = readPeriod(periodCell, options.now);
    if (period === null || 'problem' in period) {
      return problem({
        at: ref(periodAt.row, periodAt.column),
        message: period?.problem ?? `„${text(periodCell)}“ ist kein Zeitraum`,
        hint:
          period?.hint ??
          'Die Zeile bzw. Spalte löschen, wenn sie keine Werte eines Zeitraums enthält (z. B. eine Summe), oder den Zeitraum eintragen.',
      });
    }
    const { series, unit, comparison } = seriesOf(label);
    const tooLong = checkTextLength(series, ref(labelAt.row, labelAt.column));
    if (tooLong) return problem(tooLong);
    if (out.values.length >= (options.maxValues ?? MAX_IMPORT_VALUES)) {
      out.tooMany = true;
      return;
    }
    const at = ref(valueRow, valueCol);
    out.values.push({
      code,
      period: period.period,
      series,
      value: reading.value,
      note: null,
      unit,
      at,
      periodAt: ref(periodAt.row, periodAt.column),
      codeAt: at,
      unitAt: unit === null ? null : ref(labelAt.row, labelAt.column),
      ...(comparison ? { comparison, comparisonAt: ref(labelAt.row, labelAt.column) } : {}),
    });
  };
  for (const { row, cells } of body) {
    if (out.tooMany) break;
    for (let column = 1; column < Math.max(cells.length, heads.length); column++) {
      if (orientation === 'rows')
        add(row, column, cells[column], cells[0], { row, column: 0 }, heads[column], { row: header.row, column });
      else add(row, column, cells[column], heads[column], { row: header.row, column }, cells[0], { row, column: 0 });
    }
  }
  return out;
}
