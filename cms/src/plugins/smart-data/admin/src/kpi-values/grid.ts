// The value table of a KPI as plain data: periods as rows, series as columns,
// each cell the text the editor typed. Pure functions, no React, so the rules
// (paste, add a year, what is written into the form) are unit-tested.
import { findValueJumps, formatNumberDe, readNumber, type ValueJump } from '@sdd/shared-types';

/** One repeatable `observation` row of the content manager's form. */
export interface FormObservation {
  id?: number | string;
  __temp_key__?: string;
  period: string;
  value: number | null;
  series: string | null;
  provisional: boolean;
  note: string | null;
}

export interface Cell {
  text: string;
  provisional: boolean;
  note: string;
  /** The component row this cell came from, kept so Strapi updates instead of recreating it. */
  id?: number | string;
}

export interface Grid {
  /** Column names; null is the main series (no sub-series). */
  series: Array<string | null>;
  rows: Array<{ period: string; cells: Cell[] }>;
}

export type Problem =
  | { kind: 'ambiguous'; row: number; col: number; text: string; asThousands: number; asDecimal: number }
  | { kind: 'invalid'; row: number; col: number; text: string }
  | { kind: 'period'; row: number; text: string }
  | { kind: 'duplicate-period'; row: number; text: string };

/** Header of the main series' column, also accepted as a header in a pasted block. */
export const MAIN_SERIES_LABEL = 'Wert';
const PERIOD = /^(19|20)\d{2}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
export const isPeriod = (text: string) => PERIOD.test(text.trim());

export const emptyCell = (): Cell => ({ text: '', provisional: false, note: '' });
export const seriesLabel = (s: string | null) => s ?? MAIN_SERIES_LABEL;
const seriesFromHeader = (text: string): string | null =>
  text.trim() === '' || text.trim() === MAIN_SERIES_LABEL ? null : text.trim();

export function gridFromObservations(observations: readonly FormObservation[]): Grid {
  const series: Array<string | null> = [];
  for (const o of observations) if (!series.includes(o.series ?? null)) series.push(o.series ?? null);
  series.sort((a, b) => (a === null ? -1 : b === null ? 1 : 0));
  if (series.length === 0) series.push(null);
  const periods = [...new Set(observations.map((o) => o.period))].sort();
  const rows = periods.map((period) => ({
    period,
    cells: series.map((s) => {
      const o = observations.find((x) => x.period === period && (x.series ?? null) === s);
      if (!o) return emptyCell();
      return {
        text: o.value === null ? '–' : formatNumberDe(o.value),
        provisional: o.provisional === true,
        note: o.note ?? '',
        ...(o.id === undefined ? {} : { id: o.id }),
      };
    }),
  }));
  return { series, rows };
}

/** Problems that block taking the table into the form. */
export function findProblems(grid: Grid): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  grid.rows.forEach((row, r) => {
    const period = row.period.trim();
    if (!isPeriod(period)) problems.push({ kind: 'period', row: r, text: row.period });
    else if (seen.has(period)) problems.push({ kind: 'duplicate-period', row: r, text: row.period });
    seen.add(period);
    row.cells.forEach((cell, c) => {
      const read = readNumber(cell.text);
      if (read.kind === 'ambiguous')
        problems.push({
          kind: 'ambiguous',
          row: r,
          col: c,
          text: cell.text,
          asThousands: read.asThousands,
          asDecimal: read.asDecimal,
        });
      if (read.kind === 'invalid') problems.push({ kind: 'invalid', row: r, col: c, text: cell.text });
    });
  });
  return problems;
}

/** fractional-indexing keys "a0" … "az", "b00" …: what the content manager uses to tell rows apart. */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const tempKey = (i: number) =>
  i < 62 ? `a${DIGITS[i]}` : `b${DIGITS[Math.floor((i - 62) / 62) % 62]}${DIGITS[(i - 62) % 62]}`;

/** The observation rows for the form: every cell with a value or a missing marker, ordered by period and column. */
export function observationsFromGrid(grid: Grid): FormObservation[] {
  const out: FormObservation[] = [];
  const rows = [...grid.rows].sort((a, b) => a.period.trim().localeCompare(b.period.trim()));
  for (const row of rows) {
    row.cells.forEach((cell, c) => {
      const read = readNumber(cell.text);
      if (read.kind !== 'number' && read.kind !== 'missing') return;
      out.push({
        ...(cell.id === undefined ? {} : { id: cell.id }),
        __temp_key__: tempKey(out.length),
        period: row.period.trim(),
        value: read.kind === 'number' ? read.value : null,
        series: grid.series[c] ?? null,
        provisional: cell.provisional,
        note: cell.note.trim() === '' ? null : cell.note.trim(),
      });
    });
  }
  return out;
}

/** Jumps of more than ×10, located in the table. */
export function findJumps(grid: Grid): Array<ValueJump & { row: number; col: number }> {
  return findValueJumps(observationsFromGrid(grid)).map((j) => ({
    ...j,
    row: grid.rows.findIndex((r) => r.period.trim() === j.period),
    col: grid.series.indexOf(j.series),
  }));
}

/** The period after `period` in its own granularity: 2024 → 2025, 2024-Q4 → 2025-Q1, 2024-12 → 2025-01. */
export function nextPeriod(period: string): string {
  const [y, part] = period.split('-');
  const year = Number(y);
  if (part === undefined) return String(year + 1);
  if (part.startsWith('Q'))
    return Number(part.slice(1)) === 4 ? `${year + 1}-Q1` : `${year}-Q${Number(part.slice(1)) + 1}`;
  return Number(part) === 12 ? `${year + 1}-01` : `${year}-${String(Number(part) + 1).padStart(2, '0')}`;
}

/** Adds the period after the latest one (or last year's, in an empty table) as a new row. */
export function addPeriod(grid: Grid, now = new Date()): Grid {
  const periods = grid.rows
    .map((r) => r.period.trim())
    .filter(isPeriod)
    .sort();
  const latest = periods.at(-1);
  let period = latest ? nextPeriod(latest) : String(now.getFullYear() - 1);
  while (periods.includes(period)) period = nextPeriod(period);
  return { ...grid, rows: [...grid.rows, { period, cells: grid.series.map(emptyCell) }] };
}

/** Adds a column for a new series; an empty or existing name changes nothing. */
export function addSeries(grid: Grid, name: string): Grid {
  const series = seriesFromHeader(name);
  if (grid.series.includes(series)) return grid;
  return { series: [...grid.series, series], rows: grid.rows.map((r) => ({ ...r, cells: [...r.cells, emptyCell()] })) };
}

export function setCell(grid: Grid, row: number, col: number, change: Partial<Cell>): Grid {
  return {
    ...grid,
    rows: grid.rows.map((r, i) =>
      i === row ? { ...r, cells: r.cells.map((c, j) => (j === col ? { ...c, ...change } : c)) } : r,
    ),
  };
}

export function setPeriod(grid: Grid, row: number, period: string): Grid {
  return { ...grid, rows: grid.rows.map((r, i) => (i === row ? { ...r, period } : r)) };
}

export function removeRow(grid: Grid, row: number): Grid {
  return { ...grid, rows: grid.rows.filter((_, i) => i !== row) };
}

/** Where a paste put its values, for the editor: "6 Werte eingefügt" or why not. */
export interface PasteResult {
  grid: Grid;
  placed: number;
  message: string;
}

const splitBlock = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => line.split('\t'));

function rowFor(grid: Grid, period: string): [Grid, number] {
  const at = grid.rows.findIndex((r) => r.period.trim() === period);
  if (at >= 0) return [grid, at];
  return [{ ...grid, rows: [...grid.rows, { period, cells: grid.series.map(emptyCell) }] }, grid.rows.length];
}

function colFor(grid: Grid, series: string | null): [Grid, number] {
  const next = addSeries(grid, series ?? MAIN_SERIES_LABEL);
  return [next, next.series.indexOf(series)];
}

const keepSorted = (grid: Grid): Grid => ({
  ...grid,
  rows: [...grid.rows].sort((a, b) =>
    isPeriod(a.period) && isPeriod(b.period) ? a.period.trim().localeCompare(b.period.trim()) : 0,
  ),
});

/**
 * Pastes a block copied from Excel or LibreOffice (tab-separated cells, one
 * line per row). Three shapes are understood:
 *  - periods in the first column, optionally a header row with series names:
 *    values land by period and series (missing rows and columns are added);
 *  - periods in the header row and series names in the first column (the
 *    wide layout of many office sheets): the same, transposed;
 *  - bare values: they fill the table from the focused cell, down and right,
 *    adding periods below the last one.
 */
export function pasteBlock(grid: Grid, text: string, focus: { row: number; col: number }): PasteResult {
  const lines = splitBlock(text);
  const first = lines[0] ?? [];
  const periodRows = lines.filter((l) => isPeriod(l[0] ?? '')).length;
  const headerIsPeriods = first.length > 1 && first.slice(1).every((c) => isPeriod(c)) && !isPeriod(first[0] ?? '');
  const triples: Array<{ period: string; series: string | null; text: string }> = [];

  if (headerIsPeriods) {
    for (const line of lines.slice(1))
      line
        .slice(1)
        .forEach((t, i) =>
          triples.push({ period: first[i + 1]!.trim(), series: seriesFromHeader(line[0] ?? ''), text: t }),
        );
  } else if (periodRows > 0 && periodRows >= lines.length - 1) {
    const hasHeader = !isPeriod(first[0] ?? '');
    const names = hasHeader ? first.slice(1).map(seriesFromHeader) : null;
    for (const line of hasHeader ? lines.slice(1) : lines) {
      line.slice(1).forEach((t, i) => {
        const series = names ? (names[i] ?? null) : grid.series[focus.col + i];
        if (series !== undefined) triples.push({ period: line[0]!.trim(), series, text: t });
      });
    }
  } else {
    let next = grid;
    let placed = 0;
    let dropped = 0;
    lines.forEach((line, i) => {
      const r = focus.row + i;
      while (next.rows.length <= r) next = addPeriod(next);
      line.forEach((t, j) => {
        const c = focus.col + j;
        if (c >= next.series.length) return void dropped++;
        next = setCell(next, r, c, { text: t.trim() });
        placed++;
      });
    });
    return {
      grid: next,
      placed,
      message: `${placed} ${placed === 1 ? 'Wert' : 'Werte'} eingefügt${dropped ? `; ${dropped} rechts neben der letzten Reihe weggelassen (zuerst eine Reihe hinzufügen oder eine Kopfzeile mit Reihennamen mitkopieren)` : ''}.`,
    };
  }

  let next = grid;
  for (const t of triples) {
    let r: number;
    let c: number;
    [next, r] = rowFor(next, t.period);
    [next, c] = colFor(next, t.series);
    next = setCell(next, r, c, { text: t.text.trim() });
  }
  return {
    grid: keepSorted(next),
    placed: triples.length,
    message: `${triples.length} ${triples.length === 1 ? 'Wert' : 'Werte'} eingefügt.`,
  };
}
