// How is a KPI doing? The progress status follows Eurostat's method for the
// EU SDG monitoring report ("Sustainable development in the European Union",
// methodological annex): the compound annual growth rate (CAGR) observed over
// the last five years, against the rate needed to reach the target — or, for a
// KPI without a target, the observed rate alone, read by the KPI's polarity.
// One rule for every page (tile, KPI, SDG, action field, overview) and for the
// text that explains it on "Über das Dashboard".
import { z } from 'zod';
import type { Polarity } from './kpi.ts';

export const progressStatusSchema = z.enum([
  'on-track',
  'moderate-progress',
  'insufficient-progress',
  'moving-away',
  'not-enough-data',
  'not-assessed',
]);
export type ProgressStatus = z.infer<typeof progressStatusSchema>;

/** Statuses an editor may set by hand (with a reason); "not-assessed" is only for neutral KPIs without target. */
export const progressOverrideStatusSchema = progressStatusSchema.exclude(['not-assessed']);

/** The method's parameters: the German explanation is generated from these, so text and rule cannot drift apart. */
export const PROGRESS_METHOD = {
  /** Years looked back from the latest value. */
  windowYears: 5,
  /** Values needed inside the window (gaps are skipped). */
  minValues: 3,
  /** Years the values in the window must span. */
  minSpanYears: 2,
  /** With a target: observed ÷ required rate at or above this is "on track". */
  onTrackRatio: 0.95,
  /** With a target: at or above this (and below on track) is "moderate progress". */
  moderateRatio: 0.6,
  /**
   * Without a target: yearly growth (in the good direction) at or above this is "on track"; at or below its negative,
   * "moving away".
   */
  trendThreshold: 0.01,
} as const;

export interface ProgressPoint {
  period: string;
  value: number | null;
  provisional: boolean;
}

export interface ProgressInput {
  /** The headline series (comparison series excluded), any order. */
  points: readonly ProgressPoint[];
  polarity: Polarity;
  target: { value: number; year: number } | null;
  /** An editor's judgement, shown instead of the computed status. */
  override: { status: z.infer<typeof progressOverrideStatusSchema>; reason: string } | null;
}

export interface ProgressAssessment {
  status: ProgressStatus;
  /** What the status rests on. */
  basis: 'target' | 'trend' | 'override' | 'none';
  /** The window the rates were measured over. */
  fromPeriod: string | null;
  toPeriod: string | null;
  /** Observed yearly rate (relative; absolute per year when values cross zero). */
  observedRate: number | null;
  /** Rate needed to reach the target (target basis only). */
  requiredRate: number | null;
  /** The latest value already meets the target. */
  targetReached: boolean;
  /** The latest value used is provisional. */
  provisional: boolean;
  /** The editor's reason (override only). */
  reason: string | null;
  /** The computed status when an editor overrode it. */
  computed: ProgressStatus | null;
}

/** A period as a point in time in years: "2024" → 2024, "2024-Q3" → 2024.5, "2024-04" → 2024.25. */
export function periodToYears(period: string): number {
  const year = Number(period.slice(0, 4));
  const quarter = /-Q([1-4])$/.exec(period);
  if (quarter) return year + (Number(quarter[1]) - 1) / 4;
  const month = /-(\d{2})$/.exec(period);
  return month ? year + (Number(month[1]) - 1) / 12 : year;
}

type Known = { period: string; value: number; provisional: boolean; t: number };

/** Values of the window: the latest and every earlier one at most `windowYears` before it. */
function windowOf(points: readonly ProgressPoint[]): Known[] {
  const known = points
    .filter((p): p is ProgressPoint & { value: number } => p.value !== null)
    .map((p) => ({ ...p, t: periodToYears(p.period) }))
    .sort((a, b) => a.t - b.t);
  const latest = known.at(-1);
  return latest ? known.filter((p) => p.t >= latest.t - PROGRESS_METHOD.windowYears) : [];
}

/**
 * Yearly rate of going from `from` to `to` in `years`: compound (Eurostat's
 * CAGR) when every value involved is positive; otherwise CAGR is undefined
 * (zero or a change of sign), so linear per year, relative to the window's
 * mean magnitude to keep the same thresholds meaningful.
 */
function rate(compound: boolean, from: number, to: number, years: number, scale: number): number {
  if (compound) return (to / from) ** (1 / years) - 1;
  return (to - from) / years / scale;
}

const empty = (status: ProgressStatus, basis: ProgressAssessment['basis']): ProgressAssessment => ({
  status,
  basis,
  fromPeriod: null,
  toPeriod: null,
  observedRate: null,
  requiredRate: null,
  targetReached: false,
  provisional: false,
  reason: null,
  computed: null,
});

function computeProgress(input: ProgressInput): ProgressAssessment {
  const { polarity, target } = input;
  if (!target && polarity === 'neutral') return empty('not-assessed', 'none');
  const window = windowOf(input.points);
  const first = window[0];
  const last = window.at(-1);
  if (!first || !last || window.length < PROGRESS_METHOD.minValues || last.t - first.t < PROGRESS_METHOD.minSpanYears) {
    return empty('not-enough-data', target ? 'target' : 'trend');
  }
  const span = last.t - first.t;
  // Magnitude for linear rates; a series of zeros borrows the target's.
  const scale =
    window.reduce((sum, p) => sum + Math.abs(p.value), 0) / window.length || Math.abs(target?.value ?? 0) || 1;
  const compound = window.every((p) => p.value > 0) && (!target || target.value > 0);
  const observedRate = rate(compound, first.value, last.value, span, scale);
  const base = {
    fromPeriod: first.period,
    toPeriod: last.period,
    observedRate,
    provisional: last.provisional,
    reason: null,
    computed: null,
  };

  if (!target) {
    const good = polarity === 'higher-is-better' ? observedRate : -observedRate;
    const status: ProgressStatus =
      good >= PROGRESS_METHOD.trendThreshold
        ? 'on-track'
        : good >= 0
          ? 'moderate-progress'
          : good > -PROGRESS_METHOD.trendThreshold
            ? 'insufficient-progress'
            : 'moving-away';
    return { ...base, status, basis: 'trend', requiredRate: null, targetReached: false };
  }

  // The direction the target lies in from the window's start; polarity decides only when they are equal.
  const towards = Math.sign(target.value - first.value) || (polarity === 'lower-is-better' ? -1 : 1);
  const targetReached = towards > 0 ? last.value >= target.value : last.value <= target.value;
  const progressing = Math.sign(last.value - first.value) === towards;
  if (targetReached) return { ...base, status: 'on-track', basis: 'target', requiredRate: null, targetReached };
  if (target.year <= last.t) {
    // The target year has passed without the target being met.
    return {
      ...base,
      status: progressing ? 'insufficient-progress' : 'moving-away',
      basis: 'target',
      requiredRate: null,
      targetReached,
    };
  }
  const requiredRate = rate(compound, first.value, target.value, target.year - first.t, scale);
  const ratio = requiredRate === 0 ? (progressing ? 1 : -1) : observedRate / requiredRate;
  const status: ProgressStatus =
    ratio >= PROGRESS_METHOD.onTrackRatio
      ? 'on-track'
      : ratio >= PROGRESS_METHOD.moderateRatio
        ? 'moderate-progress'
        : ratio >= 0
          ? 'insufficient-progress'
          : 'moving-away';
  return { ...base, status, basis: 'target', requiredRate, targetReached };
}

/** The status of one KPI: the editor's override if set, else the computed one. */
export function assessProgress(input: ProgressInput): ProgressAssessment {
  const computed = computeProgress(input);
  if (!input.override) return computed;
  return {
    ...computed,
    status: input.override.status,
    basis: 'override',
    reason: input.override.reason,
    computed: computed.status,
  };
}
