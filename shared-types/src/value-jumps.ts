// A value that differs by a factor of ten or more from every neighbour in its
// series is most likely a misplaced decimal mark ("30,4" read as 304: exactly
// ×10 of what was meant, so the bound includes 10 itself). The admin shows
// such values as a warning before publishing; it is not an error, because real
// series can jump (a new method, a first year of measurement).
import type { Observation } from './kpi.ts';

/** Factor from which on a value counts as a jump. */
export const JUMP_FACTOR = 10;

export interface ValueJump {
  period: string;
  series: string | null;
  value: number;
  /** The largest ratio against a neighbour (always ≥ JUMP_FACTOR), e.g. 10.1. */
  factor: number;
  /** The neighbouring periods compared with, in order. */
  neighbours: Array<{ period: string; value: number }>;
}

const ratio = (a: number, b: number) => Math.max(Math.abs(a), Math.abs(b)) / Math.min(Math.abs(a), Math.abs(b));
/** Zero has no ratio: a change from or to zero is never a jump. */
const jumps = (a: number, b: number) => a !== 0 && b !== 0 && ratio(a, b) >= JUMP_FACTOR;

type Point = { period: string; value: number };

/**
 * The values of one series (sorted by period) that stand out by ×10 or more:
 * inside the series, against both neighbours; the latest value against the
 * one before, unless that one is itself the outlier; the earliest value
 * against the next, when the next two agree with each other.
 */
function outliers(list: Point[]): Array<{ at: number; neighbours: Point[] }> {
  const inner = (i: number) =>
    i > 0 &&
    i < list.length - 1 &&
    jumps(list[i]!.value, list[i - 1]!.value) &&
    jumps(list[i]!.value, list[i + 1]!.value);
  const found: Array<{ at: number; neighbours: Point[] }> = [];
  list.forEach((p, i) => {
    if (inner(i)) found.push({ at: i, neighbours: [list[i - 1]!, list[i + 1]!] });
    else if (i === list.length - 1 && i > 0 && jumps(p.value, list[i - 1]!.value) && !inner(i - 1))
      found.push({ at: i, neighbours: [list[i - 1]!] });
    else if (i === 0 && list.length >= 3 && jumps(p.value, list[1]!.value) && !jumps(list[1]!.value, list[2]!.value))
      found.push({ at: i, neighbours: [list[1]!] });
  });
  return found;
}

/** The values that differ by ×10 or more from their neighbours (same series, periods with a value). */
export function findValueJumps(
  observations: ReadonlyArray<Pick<Observation, 'period' | 'series' | 'value'>>,
): ValueJump[] {
  const bySeries = new Map<string | null, Point[]>();
  for (const o of observations) {
    if (o.value === null || !Number.isFinite(o.value)) continue;
    const list = bySeries.get(o.series) ?? [];
    list.push({ period: o.period, value: o.value });
    bySeries.set(o.series, list);
  }
  const result: ValueJump[] = [];
  for (const [series, list] of bySeries) {
    list.sort((a, b) => a.period.localeCompare(b.period));
    for (const { at, neighbours } of outliers(list)) {
      const { period, value } = list[at]!;
      result.push({
        period,
        series,
        value,
        factor: Math.max(...neighbours.map((n) => ratio(value, n.value))),
        neighbours,
      });
    }
  }
  return result;
}
