// Files in the formats of the open-data ecosystem, one row per value, for
// one KPI (`--kpi`, as neither names our code):
//  - Open SDG data CSV: "Year", optional "Units"/"Series", disaggregation
//    columns, optional "GeoCode", "Value" last; a blank category means
//    "all", so the all-blank row is the headline series. Decimal point.
//  - GENESIS flat CSV ("ffcsv") of the statistical offices: "time",
//    "N_variable_attribute_label" columns, "value" (quality flags such as
//    "-", ".", "x", "/" instead of a number), "value_unit".
// Series name: the non-blank categories joined with ", " ("Insgesamt" and
// the like count as blank; in GENESIS, a category with the same value in
// every row, such as the one region, is left out).
import { MAX_IMPORT_VALUES, type DecimalMark } from '../index.ts';
import { decimalOf, readValue } from './cell-value.ts';
import { cellRef, checkTextLength, text, type Extracted } from './extract.ts';
import { readPeriod } from './periods.ts';
import type { Cell, Sheet } from './sheet.ts';

export type EcosystemFormat = 'opensdg' | 'genesis';

export const FORMAT_LABEL: Record<EcosystemFormat, string> = {
  opensdg: 'Open-SDG-CSV',
  genesis: 'GENESIS-Flatfile (ffcsv)',
};

const norm = (c: Cell | undefined) => text(c).toLowerCase();

export function detectEcosystemFormat(header: readonly Cell[]): EcosystemFormat | undefined {
  const heads = header.map(norm);
  if (heads[0] === 'year' && heads.at(-1) === 'value') return 'opensdg';
  if (heads.includes('statistics_code') && heads.includes('time') && heads.includes('value')) return 'genesis';
  return undefined;
}

interface Columns {
  period: number;
  value: number;
  unit?: number;
  /** Columns whose non-blank contents name the series. */
  series: number[];
}

function columnsOf(format: EcosystemFormat, header: readonly Cell[]): Columns {
  const heads = header.map(norm);
  if (format === 'opensdg') {
    const unit = heads.indexOf('units');
    const skip = new Set([0, heads.length - 1, unit, heads.indexOf('geocode')]);
    // Observation attributes (e.g. COMMENT_OBS) are not categories.
    return {
      period: 0,
      value: heads.length - 1,
      unit: unit >= 0 ? unit : undefined,
      series: heads.map((_, i) => i).filter((i) => !skip.has(i) && !/^comment_|_obs$/.test(heads[i]!)),
    };
  }
  return {
    period: heads.indexOf('time'),
    value: heads.indexOf('value'),
    series: heads.map((h, i) => (/^\d+_variable_attribute_label$/.test(h) ? i : -1)).filter((i) => i >= 0),
  };
}

const BLANK_CATEGORY = new Set(['', 'insgesamt', 'gesamt', 'total', 'alle', 'all']);
/** Open SDG's translation keys: "data.low" → "low". */
const label = (c: Cell | undefined) => text(c).replace(/^data\./, '');

/** GENESIS dates of a reference day: 31.12. of a year is that year's value. */
function periodCell(format: EcosystemFormat, cell: Cell | undefined): Cell | undefined {
  if (format === 'genesis' && typeof cell === 'string') {
    const m = cell.trim().match(/^(\d{4})-12-31$|^31\.12\.(\d{4})$/);
    if (m) return m[1] ?? m[2];
  }
  return cell;
}

export function extractEcosystem(
  sheet: Sheet,
  format: EcosystemFormat,
  code: string,
  options: { decimal?: DecimalMark; now?: Date; maxValues?: number } = {},
): Extracted {
  const [header, ...body] = sheet.rows;
  const heads = header?.cells ?? [];
  const found = columnsOf(format, heads);
  // GENESIS repeats the region (and any other fixed choice of the table) in every row: a category with one value names
  // no series.
  const cols =
    format === 'genesis'
      ? { ...found, series: found.series.filter((i) => new Set(body.map((r) => label(r.cells[i]))).size > 1) }
      : found;
  // Open SDG writes plain numbers with a decimal point; GENESIS has de and en downloads.
  const decimal = options.decimal ?? (format === 'opensdg' ? '.' : decimalOf(body.map((r) => r.cells[cols.value])));
  const out: Extracted = { values: [], problems: [], skipped: 0, decimal, tooMany: false };
  const ref = (row: number, column: number) => cellRef(sheet, row, column, heads[column]);
  for (const { row, cells } of body) {
    const reading = readValue(cells[cols.value], decimal);
    if ('missing' in reading) {
      out.skipped++;
      continue;
    }
    if ('problem' in reading) {
      out.problems.push({ at: ref(row, cols.value), message: reading.problem, hint: reading.hint });
      continue;
    }
    const period = readPeriod(periodCell(format, cells[cols.period]), options.now);
    if (period === null || 'problem' in period) {
      out.problems.push({
        at: ref(row, cols.period),
        message: period?.problem ?? `„${text(cells[cols.period])}“ ist kein Zeitraum`,
        hint: period?.hint ?? 'Ein Jahr (2024), einen Monat (2024-01) oder ein Quartal (2024-Q1) eintragen.',
      });
      continue;
    }
    const parts = cols.series.map((i) => label(cells[i])).filter((p) => !BLANK_CATEGORY.has(p.toLowerCase()));
    const series = parts.length > 0 ? parts.join(', ') : null;
    const tooLong = checkTextLength(series, ref(row, cols.series[0] ?? cols.value));
    if (tooLong) {
      out.problems.push(tooLong);
      continue;
    }
    if (out.values.length >= (options.maxValues ?? MAX_IMPORT_VALUES)) {
      out.tooMany = true;
      break;
    }
    const unit = cols.unit === undefined ? null : label(cells[cols.unit]);
    const at = ref(row, cols.value);
    out.values.push({
      code,
      period: period.period,
      series,
      value: reading.value,
      note: null,
      unit: unit || null,
      at,
      periodAt: ref(row, cols.period),
      codeAt: at,
      unitAt: cols.unit === undefined ? null : ref(row, cols.unit),
    });
  }
  return out;
}
