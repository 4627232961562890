// Progress of KPIs for the site's pages: one KPI's status (shared-types rule
// on its headline series), and the counts and data coverage of a group of
// KPIs (an SDG, an action field).
import {
  assessProgress,
  progressStatusSchema,
  type Kpi,
  type ProgressAssessment,
  type ProgressStatus,
} from '@sdd/shared-types';
import { headlineSeries } from './kpi-stats.ts';

export function progressOf(kpi: Kpi): ProgressAssessment {
  const series = headlineSeries(kpi);
  return assessProgress({
    points: kpi.observations.filter((o) => o.series === series),
    polarity: kpi.polarity,
    target: kpi.target,
    override: kpi.progressOverride,
  });
}

/** Every status in the order pages list them: good news first, then the ones without a judgement. */
export const PROGRESS_ORDER: readonly ProgressStatus[] = progressStatusSchema.options;

/** Latest year with a value of any KPI: the reporting year coverage is measured against. */
export function reportingYear(kpis: readonly Kpi[]): number | null {
  const years = kpis.flatMap((k) =>
    k.observations.filter((o) => o.value !== null).map((o) => Number(o.period.slice(0, 4))),
  );
  return years.length > 0 ? Math.max(...years) : null;
}

export interface ProgressSummary {
  total: number;
  counts: Record<ProgressStatus, number>;
  /** KPIs with a value of their own in the reporting year or the year before. */
  current: number;
  /** KPIs without any value of their own. */
  withoutValues: number;
}

export function progressSummary(kpis: readonly Kpi[], year: number | null): ProgressSummary {
  const counts = Object.fromEntries(PROGRESS_ORDER.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  let current = 0;
  let withoutValues = 0;
  for (const kpi of kpis) {
    counts[progressOf(kpi).status] += 1;
    const series = headlineSeries(kpi);
    const years = kpi.observations
      .filter((o) => o.series === series && o.value !== null)
      .map((o) => Number(o.period.slice(0, 4)));
    if (years.length === 0) withoutValues += 1;
    else if (year !== null && years.some((y) => y >= year - 1)) current += 1;
  }
  return { total: kpis.length, counts, current, withoutValues };
}
