// How imported values combine with a KPI's existing observations; one rule
// for the dry run (import command) and for the write (CMS).
import type { ImportValue } from './data-import.ts';
import { observationKey, type Observation } from './kpi.ts';

export interface MergeOutcome {
  observations: Observation[];
  /** Values for periods/series the KPI had no value for. */
  created: { period: string; series: string | null; value: number }[];
  /** Values that replace a different existing value. */
  changed: { period: string; series: string | null; from: number | null; to: number }[];
  unchanged: number;
}

/**
 * Imported values replace a different value (and the note, if given) of the
 * same period and series, which also ends its provisional status; new
 * periods are added; all other observations stay as they are. Re-importing
 * an identical value changes nothing (a provisional value stays provisional:
 * re-importing last year's columns of the template must not confirm them).
 */
export function mergeObservations(
  existing: readonly Observation[],
  incoming: readonly Pick<ImportValue, 'period' | 'series' | 'value' | 'note'>[],
): MergeOutcome {
  const byKey = new Map(existing.map((o) => [observationKey(o), { ...o }]));
  const outcome: MergeOutcome = { observations: [], created: [], changed: [], unchanged: 0 };
  for (const v of incoming) {
    const key = observationKey(v);
    const current = byKey.get(key);
    if (!current) {
      byKey.set(key, { period: v.period, series: v.series, value: v.value, provisional: false, note: v.note });
      outcome.created.push({ period: v.period, series: v.series, value: v.value });
    } else if (current.value !== v.value || (v.note !== null && v.note !== current.note)) {
      outcome.changed.push({ period: v.period, series: v.series, from: current.value, to: v.value });
      byKey.set(key, { ...current, value: v.value, provisional: false, note: v.note ?? current.note });
    } else outcome.unchanged++;
  }
  outcome.observations = [...byKey.values()].sort(
    (a, b) => a.period.localeCompare(b.period) || (a.series ?? '').localeCompare(b.series ?? ''),
  );
  return outcome;
}
