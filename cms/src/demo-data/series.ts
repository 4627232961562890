// Turns a compact data description into the observations of one KPI:
// generated or explicit values, sub-series, gaps, provisional values, notes.
import type { Observation } from '@sdd/shared-types';
import { FIRST_YEAR, LAST_YEAR, round, yearly } from './generate';
import type { Curve } from './generate';

/** Everything needed to produce the observations of one KPI. */
export interface DataSpec extends Partial<Curve> {
  /** Explicit values from `from` (or FIRST_YEAR) on, e.g. measured weather data. */
  values?: readonly (number | null)[];
  /** Explicit values for single years only (sparse data such as elections). */
  points?: Readonly<Record<number, number>>;
  /** First year with data; earlier years are omitted. */
  from?: number;
  /** Last year with data; later years are omitted (e.g. lagging statistics). */
  until?: number;
  /** Years reported as missing (value null). */
  gaps?: readonly number[];
  /** Sub-series with their own curves, e.g. "Frauen" and "Männer". */
  series?: Readonly<Record<string, Curve>>;
  /** How the main series is derived from the sub-series; none if omitted. */
  total?: 'sum' | 'mean';
  /** Whether the LAST_YEAR values are provisional. */
  prov?: boolean;
  /** Footnotes by year. */
  notes?: Readonly<Record<number, string>>;
  /** Comparison series (other areas, e.g. "Bayern"), never part of a total. */
  comparison?: Readonly<Record<string, Curve>>;
}

type Row = Map<number, number | null>;

function curveOf(spec: DataSpec): Curve | null {
  if (!spec.v) return null;
  return { v: spec.v, shape: spec.shape, noise: spec.noise, shocks: spec.shocks };
}

function mainRow(spec: DataSpec, seed: string, decimals: number): Row {
  if (spec.points) return new Map(Object.entries(spec.points).map(([year, value]) => [Number(year), value]));
  if (spec.values) {
    const from = spec.from ?? FIRST_YEAR;
    return new Map(spec.values.map((value, i) => [from + i, value]));
  }
  const curve = curveOf(spec);
  return curve ? yearly(curve, seed, decimals) : new Map();
}

function combine(rows: readonly Row[], how: 'sum' | 'mean', decimals: number): Row {
  const out: Row = new Map();
  const first = rows[0];
  if (!first) return out;
  for (const year of first.keys()) {
    const parts = rows.map((row) => row.get(year) ?? 0);
    const sum = parts.reduce((a, b) => a + b, 0);
    out.set(year, round(how === 'sum' ? sum : sum / parts.length, decimals));
  }
  return out;
}

/** Rows keyed by series name (null for the main series). */
function rowsOf(spec: DataSpec, seed: string, decimals: number): Map<string | null, Row> {
  const rows = new Map<string | null, Row>();
  if (!spec.series) {
    rows.set(null, mainRow(spec, seed, decimals));
    return rows;
  }
  const parts = Object.entries(spec.series).map(
    ([name, curve]) => [name, yearly(curve, `${seed}/${name}`, decimals)] as const,
  );
  if (spec.total)
    rows.set(
      null,
      combine(
        parts.map(([, row]) => row),
        spec.total,
        decimals,
      ),
    );
  for (const [name, row] of parts) rows.set(name, row);
  return rows;
}

/** Rows of the KPI's own series, then of its comparison series. */
function allRowsOf(spec: DataSpec, seed: string, decimals: number): Map<string | null, Row> {
  const rows = rowsOf(spec, seed, decimals);
  for (const [name, curve] of Object.entries(spec.comparison ?? {}))
    rows.set(name, yearly(curve, `${seed}/${name}`, decimals));
  return rows;
}

/** Builds the observations of one KPI from its data description. */
export function observations(spec: DataSpec, seed: string, decimals: number): Observation[] {
  const from = spec.from ?? Number.NEGATIVE_INFINITY;
  const until = spec.until ?? LAST_YEAR;
  const gaps = new Set(spec.gaps ?? []);
  const result: Observation[] = [];
  for (const [series, row] of allRowsOf(spec, seed, decimals)) {
    const years = [...row.keys()].filter((y) => y >= from && y <= until).sort((a, b) => a - b);
    for (const year of years) {
      result.push({
        period: String(year),
        value: gaps.has(year) ? null : (row.get(year) ?? null),
        series,
        provisional: spec.prov === true && year === LAST_YEAR,
        note: spec.notes?.[year] ?? null,
      });
    }
  }
  return result;
}
