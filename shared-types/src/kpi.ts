// Kennzahl (KPI): a measured indicator with its yearly (or finer) values.
import { z } from 'zod';
import { progressOverrideStatusSchema } from './progress-status.ts';
import { isTargetOfGoal, SDG_TARGET_PATTERN } from './limits.ts';
import {
  httpUrlSchema,
  isoDateSchema,
  markdownSchema,
  nonBlank,
  sdgNumberSchema,
  slugSchema,
  yearSchema,
} from './common.ts';

/** Stable KPI code: upper-case letters, digits, ".", "_" or "-", 2–32 characters, e.g. "KLI-01". */
export const kpiCodeSchema = z
  .string()
  .regex(
    /^[A-Z0-9][A-Z0-9._-]{1,31}$/,
    'must be a KPI code: 2–32 upper-case letters, digits, ".", "_" or "-" (e.g. "KLI-01")',
  );

/** Whether a rising value is good news. Drives arrow colours and summaries. */
export const polaritySchema = z.enum(['higher-is-better', 'lower-is-better', 'neutral']);

/** How often new values arrive. */
export const periodicitySchema = z.enum(['yearly', 'quarterly', 'monthly', 'irregular']);

/** Reporting period: a year "2024", a quarter "2024-Q1" or a month "2024-03". */
export const periodSchema = z
  .string()
  .regex(/^(19|20)\d{2}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'must be a period like "2024", "2024-Q1" or "2024-03"');

export const observationSchema = z.object({
  /** Reporting period, e.g. "2024". */
  period: periodSchema,
  /** The value; null when the period is known to be missing (shown as a gap). */
  value: z.number().finite().nullable(),
  /** Sub-series such as "Frauen" or "Männer"; null for the main series. */
  series: z.string().trim().min(1).nullable(),
  /** True while the value is preliminary (vorläufig). */
  provisional: z.boolean(),
  /** Footnote shown with the value, e.g. a change of method. */
  note: z.string().nullable(),
});

export const kpiTargetSchema = z.object({
  /** Target value in the KPI's unit. */
  value: z.number().finite(),
  /** Year by which the target should be reached. */
  year: yearSchema,
  /** Where the target comes from, e.g. a council decision. */
  label: z.string().nullable(),
});

/** SDG target reference like "11.6" or "6.a": goal number, dot, target. */
export const sdgTargetCodeSchema = z.string().regex(SDG_TARGET_PATTERN, 'must be an SDG target like "11.6" or "6.a"');

export const sdgAssignmentSchema = z
  .object({
    /** Goal number 1–17. */
    goal: sdgNumberSchema,
    /** Optional target within the goal, e.g. "11.6". */
    target: sdgTargetCodeSchema.nullable(),
  })
  .refine((a) => a.target === null || isTargetOfGoal(a.target, a.goal), {
    message: 'das Unterziel muss zum SDG gehören (z. B. SDG 11 → „11.6“)',
    path: ['target'],
  });

export const kpiSchema = z.object({
  /** Stable code, unique across all KPIs; used in URLs and imports. */
  code: kpiCodeSchema,
  /** Display name, e.g. "CO₂-Emissionen je Einwohner/in". */
  name: nonBlank('name'),
  /** Unit of every value, e.g. "t CO₂/EW" or "%". */
  unit: nonBlank('unit'),
  /** What the KPI tells (Markdown). */
  description: markdownSchema,
  /** How it is computed: definition, formula, method (Markdown). */
  method: markdownSchema,
  /** Who publishes the data, e.g. "Statistisches Landesamt". */
  sourceName: nonBlank('sourceName'),
  /** Link to the source, if public. */
  sourceUrl: httpUrlSchema.nullable(),
  /** Licence of the data, e.g. "Datenlizenz Deutschland – Namensnennung – 2.0". */
  licence: nonBlank('licence'),
  /** How often new values arrive. */
  periodicity: periodicitySchema,
  /** Whether higher values are better, worse or neither. */
  polarity: polaritySchema,
  /** Decimal places to show. */
  decimals: z.number().int().min(0).max(6),
  /** Optional target the city has set. */
  target: kpiTargetSchema.nullable(),
  /** The values; at most one per period and series. */
  observations: z.array(observationSchema),
  /** SDGs (and targets) this KPI reports on. */
  sdgs: z.array(sdgAssignmentSchema),
  /** Slugs of the action fields this KPI belongs to. */
  actionFields: z.array(slugSchema),
  /** Office responsible for the figures, e.g. "Amt für Umwelt". */
  responsibleOffice: z.string().nullable(),
  /** Date the data were last checked (Datenstand). */
  dataAsOf: isoDateSchema.nullable(),
  /** True for invented demonstration values (Beispieldaten). */
  exampleData: z.boolean(),
  /**
   * Series holding reference values ("Bayern", "Deutschland"): shown as comparison, never counted in headline, trend or
   * progress.
   */
  comparisonSeries: z.array(z.string().trim().min(1)).default([]),
  /** An editor's judgement replacing the computed progress status, with the reason shown to visitors. */
  progressOverride: z
    .object({ status: progressOverrideStatusSchema, reason: nonBlank('progressOverride.reason') })
    .nullable()
    .default(null),
});

export type Polarity = z.infer<typeof polaritySchema>;
export type Periodicity = z.infer<typeof periodicitySchema>;
export type Observation = z.infer<typeof observationSchema>;
export type KpiTarget = z.infer<typeof kpiTargetSchema>;
export type SdgAssignment = z.infer<typeof sdgAssignmentSchema>;
export type Kpi = z.infer<typeof kpiSchema>;

/** Key of an observation: at most one value per period and series. */
export function observationKey(o: Pick<Observation, 'period' | 'series'>): string {
  return `${o.period}|${o.series ?? ''}`;
}
