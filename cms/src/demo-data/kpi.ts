// Builder for demo KPIs: compact definitions with sensible defaults.
import type { Kpi, Polarity, ProgressAssessment, SdgAssignment } from '@sdd/shared-types';
import { observations } from './series';
import type { DataSpec } from './series';
import type { Source } from './sources';

/** Datenstand of most demo KPIs. */
export const DATA_AS_OF = '2025-03-03';

/** Compact definition of one KPI; values come from the DataSpec part. */
export interface KpiInput extends DataSpec {
  code: string;
  name: string;
  unit: string;
  description: string;
  method: string;
  source: Source;
  polarity: Polarity;
  /** Decimal places; 1 unless told. */
  decimals?: number;
  /** SDG goals or targets, e.g. "13" or "11.6". */
  sdgs: readonly string[];
  /** Action field slugs; the file's default unless told. */
  fields?: readonly string[];
  /** Responsible office; the file's default unless told. */
  office?: string;
  /** Target as [value, year, label]. */
  target?: readonly [number, number, string | null];
  dataAsOf?: string;
  /** An editor's progress judgement as [status, reason]. */
  override?: readonly [Exclude<ProgressAssessment['status'], 'not-assessed'>, string];
}

/** Defaults shared by the KPIs of one action field. */
export interface KpiDefaults {
  fields: readonly string[];
  office: string;
}

/** Parses "11.6" into goal 11 with target "11.6", and "13" into goal 13 without target. */
export function sdgRef(ref: string): SdgAssignment {
  const goal = Number(ref.split('.')[0]);
  return { goal, target: ref.includes('.') ? ref : null };
}

/** Builds one KPI from its compact definition. */
export function kpi(input: KpiInput, defaults: KpiDefaults): Kpi {
  const decimals = input.decimals ?? 1;
  const [targetValue, targetYear, targetLabel] = input.target ?? [];
  return {
    code: input.code,
    name: input.name,
    unit: input.unit,
    description: input.description,
    method: input.method,
    sourceName: input.source.name,
    sourceUrl: input.source.url,
    licence: input.source.licence,
    periodicity: 'yearly',
    polarity: input.polarity,
    decimals,
    target:
      targetValue !== undefined && targetYear !== undefined
        ? { value: targetValue, year: targetYear, label: targetLabel ?? null }
        : null,
    observations: observations(input, input.code, decimals),
    sdgs: input.sdgs.map(sdgRef),
    actionFields: [...(input.fields ?? defaults.fields)],
    responsibleOffice: input.office ?? defaults.office,
    dataAsOf: input.dataAsOf ?? DATA_AS_OF,
    exampleData: true,
    comparisonSeries: Object.keys(input.comparison ?? {}),
    progressOverride: input.override ? { status: input.override[0], reason: input.override[1] } : null,
  };
}

/** Builds the KPIs of one action field with shared defaults. */
export function defineKpis(defaults: KpiDefaults, inputs: readonly KpiInput[]): Kpi[] {
  return inputs.map((input) => kpi(input, defaults));
}
