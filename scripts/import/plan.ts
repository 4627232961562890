// The dry run's diff: per KPI, new values, changed values (old → new) and
// how many stay as they are — computed with the same merge rule the CMS
// applies.
import { mergeObservations, type ImportValue, type Kpi } from '@sdd/shared-types';

export interface KpiPlan {
  code: string;
  name: string;
  created: { period: string; series: string | null; value: number }[];
  changed: { period: string; series: string | null; from: number | null; to: number }[];
  unchanged: number;
}

export function planImport(values: readonly ImportValue[], kpis: ReadonlyMap<string, Pick<Kpi, 'code' | 'name' | 'observations'>>): KpiPlan[] {
  const byCode = new Map<string, ImportValue[]>();
  for (const v of values) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, incoming]) => {
      const kpi = kpis.get(code)!;
      const { created, changed, unchanged } = mergeObservations(kpi.observations, incoming);
      return { code, name: kpi.name, created, changed, unchanged };
    });
}

export const totals = (plans: readonly KpiPlan[]) => ({
  kpis: plans.length,
  created: plans.reduce((n, p) => n + p.created.length, 0),
  changed: plans.reduce((n, p) => n + p.changed.length, 0),
  unchanged: plans.reduce((n, p) => n + p.unchanged, 0),
});
