// The admin's value table as data: what a paste from Excel or LibreOffice
// does, adding a year or a series, and which observation rows reach the form.
import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  addSeries,
  findJumps,
  findProblems,
  gridFromObservations,
  nextPeriod,
  observationsFromGrid,
  pasteBlock,
  setCell,
  tempKey,
  type FormObservation,
} from '../../src/plugins/smart-data/admin/src/kpi-values/grid.ts';

const obs = (
  period: string,
  value: number | null,
  series: string | null = null,
  extra: Partial<FormObservation> = {},
): FormObservation => ({ period, value, series, provisional: false, note: null, ...extra });
const values = (rows: FormObservation[]) => rows.map((o) => [o.period, o.series, o.value]);

describe('value table', () => {
  const threeSeries = gridFromObservations([
    obs('2022', 10, 'Frauen', { id: 7 }),
    obs('2022', 12, 'Männer'),
    obs('2022', 22),
    obs('2023', 1234.5, 'Frauen', { provisional: true, note: 'geschätzt' }),
  ]);

  it('shows the form rows as periods × series, values written the German way', () => {
    expect(threeSeries.series).toEqual([null, 'Frauen', 'Männer']);
    expect(threeSeries.rows.map((r) => [r.period, r.cells.map((c) => c.text)])).toEqual([
      ['2022', ['22', '10', '12']],
      ['2023', ['', '1234,5', '']],
    ]);
    expect(threeSeries.rows[1]!.cells[1]).toMatchObject({ provisional: true, note: 'geschätzt' });
  });

  it('writes back the same rows, with their ids, provisional flags and notes', () => {
    const rows = observationsFromGrid(threeSeries);
    expect(values(rows)).toEqual([
      ['2022', null, 22],
      ['2022', 'Frauen', 10],
      ['2022', 'Männer', 12],
      ['2023', 'Frauen', 1234.5],
    ]);
    expect(rows[1]).toMatchObject({ id: 7 });
    expect(rows[3]).toMatchObject({ provisional: true, note: 'geschätzt' });
    expect(new Set(rows.map((r) => r.__temp_key__)).size).toBe(4);
  });

  it('pastes a block with a header row of series names and periods in the first column', () => {
    const block = 'Jahr\tFrauen\tMänner\tDivers\r\n2023\t12,5\t1.234,5\t-0,5\r\n2024\t13\t-\t0,7\r\n';
    const { grid, placed } = pasteBlock(threeSeries, block, { row: 0, col: 0 });
    expect(placed).toBe(6);
    expect(grid.series).toEqual([null, 'Frauen', 'Männer', 'Divers']);
    expect(values(observationsFromGrid(grid))).toEqual([
      ['2022', null, 22],
      ['2022', 'Frauen', 10],
      ['2022', 'Männer', 12],
      ['2023', 'Frauen', 12.5],
      ['2023', 'Männer', 1234.5],
      ['2023', 'Divers', -0.5],
      ['2024', 'Frauen', 13],
      ['2024', 'Männer', null],
      ['2024', 'Divers', 0.7],
    ]);
  });

  it('pastes the wide layout of office sheets (years across, series down)', () => {
    const { grid } = pasteBlock(gridFromObservations([]), '\t2023\t2024\nFrauen\t1\t2\nMänner\t3\t4', {
      row: 0,
      col: 0,
    });
    expect(values(observationsFromGrid(grid))).toEqual([
      ['2023', 'Frauen', 1],
      ['2023', 'Männer', 3],
      ['2024', 'Frauen', 2],
      ['2024', 'Männer', 4],
    ]);
  });

  it('pastes bare values from the focused cell, adding periods below', () => {
    const start = gridFromObservations([obs('2023', 1, 'A'), obs('2023', 2, 'B')]);
    const { grid, message } = pasteBlock(start, '5\t6\t7\n8\t9\t10\n', { row: 0, col: 0 });
    expect(values(observationsFromGrid(grid))).toEqual([
      ['2023', 'A', 5],
      ['2023', 'B', 6],
      ['2024', 'A', 8],
      ['2024', 'B', 9],
    ]);
    expect(message).toContain('2 rechts neben der letzten Reihe weggelassen');
  });

  it('asks about ambiguous numbers and refuses what is no number or no period', () => {
    let grid = setCell(threeSeries, 0, 0, { text: '1.234' });
    grid = setCell(grid, 1, 0, { text: '12,5 %' });
    grid = {
      ...grid,
      rows: [
        ...grid.rows,
        { period: '20244', cells: grid.series.map(() => ({ text: '', provisional: false, note: '' })) },
      ],
    };
    expect(findProblems(grid).map((p) => p.kind)).toEqual(['ambiguous', 'invalid', 'period']);
    expect(observationsFromGrid(grid).some((o) => o.period === '2022' && o.series === null)).toBe(false);
  });

  it('adds the next period in one step, and a series as a new column', () => {
    expect(addPeriod(threeSeries).rows.at(-1)!.period).toBe('2024');
    expect(addPeriod(gridFromObservations([]), new Date('2026-03-01')).rows[0]!.period).toBe('2025');
    expect(['2024-Q4', '2024-Q2', '2024-12', '2024-09'].map(nextPeriod)).toEqual([
      '2025-Q1',
      '2024-Q3',
      '2025-01',
      '2024-10',
    ]);
    const withDivers = addSeries(threeSeries, ' Divers ');
    expect(withDivers.series).toEqual([null, 'Frauen', 'Männer', 'Divers']);
    expect(addSeries(withDivers, 'Divers')).toBe(withDivers);
  });

  it('marks a value more than ×10 away from its neighbours', () => {
    const grid = gridFromObservations([obs('2021', 30.1), obs('2022', 30.4), obs('2023', 304)]);
    expect(findJumps(grid).map((j) => [j.row, j.col, j.value])).toEqual([[2, 0, 304]]);
  });

  it('numbers rows with keys the content manager can order', () => {
    const keys = Array.from({ length: 200 }, (_, i) => tempKey(i));
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(200);
  });
});
