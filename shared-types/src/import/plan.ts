// The dry run's diff: per KPI, new values, changed values (old → new), how
// many stay as they are, series the KPI did not have (a typo in a header
// would otherwise become a series), comparison series the file adds, and whether the values reach the public
// site or only the KPI's draft — computed with the same merge rule the CMS
// applies, on the same version of the KPI it reports on.
import {
  comparisonChanges,
  mergeObservations,
  type ImportCatalogueKpi,
  type ImportValue,
  type KpiPlan,
} from '../index.ts';

export type { KpiPlan };

export type PlanCatalogue = ReadonlyMap<
  string,
  Pick<ImportCatalogueKpi, 'code' | 'name' | 'status' | 'observations' | 'comparisonSeries'>
>;

export function planImport(values: readonly ImportValue[], kpis: PlanCatalogue): KpiPlan[] {
  const byCode = new Map<string, ImportValue[]>();
  for (const v of values) {
    const list = byCode.get(v.code);
    if (list) list.push(v);
    else byCode.set(v.code, [v]);
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, incoming]) => {
      const kpi = kpis.get(code)!;
      const { created, changed, unchanged } = mergeObservations(kpi.observations, incoming);
      const known = new Set(kpi.observations.map((o) => o.series));
      // Conflicts are problems of the file (check-comparison.ts): a plan is only made without them.
      const newComparisonSeries = comparisonChanges(kpi, incoming).added;
      const newSeries = [...new Set(incoming.map((v) => v.series))].filter(
        (s): s is string => s !== null && !known.has(s) && !newComparisonSeries.includes(s),
      );
      return { code, name: kpi.name, status: kpi.status, created, changed, unchanged, newSeries, newComparisonSeries };
    });
}

export const totals = (plans: readonly KpiPlan[]) => ({
  kpis: plans.length,
  created: plans.reduce((n, p) => n + p.created.length, 0),
  changed: plans.reduce((n, p) => n + p.changed.length, 0),
  unchanged: plans.reduce((n, p) => n + p.unchanged, 0),
  drafts: plans.filter((p) => p.status === 'draft' && p.created.length + p.changed.length > 0).length,
});
