// The plain-language summary of a KPI that accompanies every chart, so that a
// screen-reader user loses nothing: latest value, change against the previous
// and the first year, direction judged by polarity, progress to the target.
import { isComparisonSeries, type Kpi } from '@sdd/shared-types';
import { de } from '../i18n/de.ts';
import { formatDifference, formatSigned, formatSignedDifference, formatValue } from './format.ts';
import { directionOf, headlineSeries, keyFigures, observationsOf, seriesNames } from './kpi-stats.ts';
import { progressOf } from './progress.ts';

/**
 * What the progress status (shown just before it) rests on: the editors' reason, or the window, a reached target, a
 * provisional value.
 */
export function progressBasis(kpi: Kpi): string | undefined {
  const p = progressOf(kpi);
  if (p.basis === 'override' && p.reason) return de.summary.progressByEditors(p.reason);
  if (!p.fromPeriod || !p.toPeriod) return undefined;
  return de.summary.progressOver(p.fromPeriod, p.toPeriod, p.targetReached, p.provisional);
}

const pct = (from: number, to: number) =>
  from === 0 ? '' : ` (${formatSigned(((to - from) / Math.abs(from)) * 100, '%', 1)})`;

/**
 * How the city compares with its comparison series in the latest period where
 * the city and at least one of them have a value, e.g. "Im Vergleich 2024:
 * Aschaffenburg 6,2 t, Bayern 5,6 t."; undefined without comparison series.
 */
export function comparisonSentence(kpi: Kpi, cityName: string): string | undefined {
  if (kpi.comparisonSeries.length === 0) return undefined;
  const valuesOf = (series: string | null) =>
    new Map(observationsOf(kpi, series).flatMap((o) => (o.value === null ? [] : [[o.period, o.value] as const])));
  const own = valuesOf(headlineSeries(kpi));
  const others = kpi.comparisonSeries.map((name) => ({ name, values: valuesOf(name) }));
  const period = [...own.keys()]
    .sort()
    .reverse()
    .find((p) => others.some((o) => o.values.has(p)));
  if (period === undefined) return undefined;
  const value = (v: number) => formatValue(v, kpi.unit, kpi.decimals);
  const parts = [
    `${cityName} ${value(own.get(period)!)}`,
    ...others.filter((o) => o.values.has(period)).map((o) => `${o.name} ${value(o.values.get(period)!)}`),
  ];
  return de.summary.comparison(period, parts.join(', '));
}

export function kpiSummary(kpi: Kpi, cityName: string): string[] {
  const { latest, previous, first } = keyFigures(kpi);
  if (!latest) return [de.summary.noData];
  const value = (v: number) => formatValue(v, kpi.unit, kpi.decimals);
  const sentences: string[] = [de.summary.latest(latest.period, value(latest.value), latest.provisional)];
  for (const earlier of [previous, first]) {
    if (!earlier) continue;
    const diff = latest.value - earlier.value;
    sentences.push(
      diff === 0
        ? de.summary.unchanged(earlier.period)
        : de.summary.change(
            earlier.period,
            formatSignedDifference(diff, kpi.unit, kpi.decimals),
            pct(earlier.value, latest.value),
          ),
    );
  }
  if (previous) {
    const direction = directionOf(kpi, latest.value - previous.value);
    if (direction === 'better' || direction === 'worse' || direction === 'neutral')
      sentences.push(de.summary[direction]);
  }
  if (kpi.target) {
    sentences.push(de.summary.target(value(kpi.target.value), kpi.target.year));
    const gap = kpi.target.value - latest.value;
    const reached =
      kpi.polarity === 'lower-is-better' ? gap >= 0 : kpi.polarity === 'higher-is-better' ? gap <= 0 : gap === 0;
    sentences.push(
      reached ? de.summary.targetReached : de.summary.targetGap(formatDifference(gap, kpi.unit, kpi.decimals)),
    );
  }
  const names = seriesNames(kpi).filter((n) => !isComparisonSeries(kpi, n));
  if (names.length > 0) sentences.push(de.summary.series(names.join(', ')));
  const comparison = comparisonSentence(kpi, cityName);
  if (comparison) sentences.push(comparison);
  return sentences;
}
