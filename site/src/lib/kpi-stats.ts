// Facts derived from a KPI's observations: its main series, latest and
// earlier values, and whether the change is good news given its polarity.
import { isComparisonSeries, type Kpi, type Observation } from '@sdd/shared-types';

export type Direction = 'better' | 'worse' | 'same' | 'neutral';

/** Names of the sub-series ("Frauen", "Männer"), main series excluded. */
export const seriesNames = (kpi: Kpi): string[] => [
  ...new Set(kpi.observations.flatMap((o) => (o.series === null ? [] : [o.series]))),
];

/**
 * The series headline figures come from: the main series if there is one, else the first named series of the city's own
 * (comparison series never).
 */
export function headlineSeries(kpi: Kpi): string | null {
  return kpi.observations.some((o) => o.series === null)
    ? null
    : (seriesNames(kpi).find((s) => !isComparisonSeries(kpi, s)) ?? null);
}

/** Observations of one series, oldest first. */
export const observationsOf = (kpi: Kpi, series: string | null): Observation[] =>
  kpi.observations.filter((o) => o.series === series).sort((a, b) => a.period.localeCompare(b.period));

/** All periods of a KPI, ascending. */
export const periodsOf = (kpi: Kpi): string[] => [...new Set(kpi.observations.map((o) => o.period))].sort();

export function directionOf(kpi: Kpi, change: number): Direction {
  if (change === 0) return 'same';
  if (kpi.polarity === 'neutral') return 'neutral';
  return change > 0 === (kpi.polarity === 'higher-is-better') ? 'better' : 'worse';
}

/** Latest value, the one before it and the first one of the headline series (gaps skipped). */
export function keyFigures(kpi: Kpi) {
  const known = observationsOf(kpi, headlineSeries(kpi)).filter(
    (o): o is Observation & { value: number } => o.value !== null,
  );
  const latest = known.at(-1);
  const previous = known.at(-2);
  const first = known.length > 1 ? known[0] : undefined;
  const change = latest && previous ? latest.value - previous.value : undefined;
  return { latest, previous, first, change, direction: change === undefined ? undefined : directionOf(kpi, change) };
}

/**
 * The arrow of a change: the direction of the number, whatever the polarity ("good" or "bad" is said in words beside
 * it).
 */
export const trendArrow = (change: number): string => (change > 0 ? '▲' : change < 0 ? '▼' : '▶');
