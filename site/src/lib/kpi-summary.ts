// The plain-language summary of a KPI that accompanies every chart, so that a
// screen-reader user loses nothing: latest value, change against the previous
// and the first year, direction judged by polarity, progress to the target.
import type { Kpi } from '@sdd/shared-types';
import { de } from '../i18n/de.ts';
import { formatDifference, formatSigned, formatSignedDifference, formatValue } from './format.ts';
import { directionOf, keyFigures, seriesNames } from './kpi-stats.ts';

const pct = (from: number, to: number) => (from === 0 ? '' : ` (${formatSigned(((to - from) / Math.abs(from)) * 100, '%', 1)})`);

export function kpiSummary(kpi: Kpi): string[] {
  const { latest, previous, first } = keyFigures(kpi);
  if (!latest) return [de.summary.noData];
  const value = (v: number) => formatValue(v, kpi.unit, kpi.decimals);
  const sentences: string[] = [de.summary.latest(latest.period, value(latest.value), latest.provisional)];
  for (const earlier of [previous, first]) {
    if (!earlier) continue;
    const diff = latest.value - earlier.value;
    sentences.push(diff === 0 ? de.summary.unchanged(earlier.period) : de.summary.change(earlier.period, formatSignedDifference(diff, kpi.unit, kpi.decimals), pct(earlier.value, latest.value)));
  }
  if (previous) {
    const direction = directionOf(kpi, latest.value - previous.value);
    if (direction === 'better' || direction === 'worse' || direction === 'neutral') sentences.push(de.summary[direction]);
  }
  if (kpi.target) {
    sentences.push(de.summary.target(value(kpi.target.value), kpi.target.year));
    const gap = kpi.target.value - latest.value;
    const reached = kpi.polarity === 'lower-is-better' ? gap >= 0 : kpi.polarity === 'higher-is-better' ? gap <= 0 : gap === 0;
    sentences.push(reached ? de.summary.targetReached : de.summary.targetGap(formatDifference(gap, kpi.unit, kpi.decimals)));
  }
  const names = seriesNames(kpi);
  if (names.length > 0) sentences.push(de.summary.series(names.join(', ')));
  return sentences;
}
