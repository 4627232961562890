// Turns a KPI into the plain JSON the chart island draws.
import { isComparisonSeries, type ChartData, type Kpi } from '@sdd/shared-types';
import { de } from '../i18n/de.ts';
import { observationsOf, periodsOf, seriesNames } from './kpi-stats.ts';

export function chartDataOf(kpi: Kpi, options: { chartType: 'line' | 'bar'; showTarget: boolean }): ChartData {
  const periods = periodsOf(kpi);
  const hasMain = kpi.observations.some((o) => o.series === null);
  const series = [...(hasMain ? [null] : []), ...seriesNames(kpi)].map((name) => {
    const byPeriod = new Map(observationsOf(kpi, name).map((o) => [o.period, o]));
    const comparison = isComparisonSeries(kpi, name);
    return {
      label: comparison && name !== null ? de.kpi.comparisonLabel(name) : (name ?? kpi.name),
      comparison,
      values: periods.map((p) => byPeriod.get(p)?.value ?? null),
      provisional: periods.map((p) => byPeriod.get(p)?.provisional ?? false),
    };
  });
  return {
    title: de.kpi.chartTitle(kpi.name),
    periods,
    series,
    unit: kpi.unit,
    decimals: kpi.decimals,
    chartType: options.chartType,
    target: options.showTarget && kpi.target ? { value: kpi.target.value, year: kpi.target.year } : null,
  };
}
