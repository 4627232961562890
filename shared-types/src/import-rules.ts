// The rules every imported value must meet, whoever sends it: the import
// command checks a file with them before the dry run, and the CMS's import
// endpoint checks each request with them again (a request sent without the
// command must not get in what the command refuses).
import type { ImportValue } from './data-import.ts';
import { observationKey, type Periodicity } from './kpi.ts';
import { maxValueYear, MIN_YEAR } from './limits.ts';

/** Most values one import may carry (one request, one transaction). */
export const MAX_IMPORT_VALUES = 100_000;
/** Largest magnitude a value may have: beyond it doubles lose whole units, and no KPI of a city is that large. */
export const MAX_ABS_VALUE = 1e15;

export type PeriodKind = 'year' | 'quarter' | 'month';

export function periodKind(period: string): PeriodKind {
  return /-Q[1-4]$/.test(period) ? 'quarter' : /-\d{2}$/.test(period) ? 'month' : 'year';
}

const KIND_OF: Record<Exclude<Periodicity, 'irregular'>, PeriodKind> = {
  yearly: 'year',
  quarterly: 'quarter',
  monthly: 'month',
};
const KIND_DE: Record<PeriodKind, { one: string; example: string }> = {
  year: { one: 'ein Jahr', example: '2024' },
  quarter: { one: 'ein Quartal', example: '2024-Q1' },
  month: { one: 'ein Monat', example: '2024-03' },
};
const PERIODICITY_DE: Record<Periodicity, string> = {
  yearly: 'jährlich',
  quarterly: 'vierteljährlich',
  monthly: 'monatlich',
  irregular: 'unregelmäßig',
};

/** Whether a period suits a KPI's periodicity (irregular KPIs take any period). */
export function periodFits(period: string, periodicity: Periodicity): boolean {
  return periodicity === 'irregular' || KIND_OF[periodicity] === periodKind(period);
}

export interface ImportRuleProblem {
  /** Index of the offending value in the list checked. */
  index: number;
  field: 'period' | 'value';
  message: string;
  hint: string;
}

const fmt = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6 }).format(n);

/**
 * Problems of a list of values against the KPIs they name: a value given
 * twice for the same KPI, period and series; a period the KPI's periodicity
 * does not take (a quarter for a yearly KPI); a year out of range; a value
 * beyond MAX_ABS_VALUE. Unknown codes are the caller's business (it knows
 * its catalogue). `where(i)` names value i for the reader ("Zeile 7").
 */
export function checkImportValues(
  values: readonly Pick<ImportValue, 'code' | 'period' | 'series' | 'value'>[],
  periodicityOf: (code: string) => Periodicity | undefined,
  options: { now?: Date; where?: (index: number) => string } = {},
): ImportRuleProblem[] {
  const where = options.where ?? ((i: number) => `Wert Nr. ${i + 1}`);
  const maxYear = maxValueYear(options.now);
  const problems: ImportRuleProblem[] = [];
  const seen = new Map<string, number>();
  values.forEach((v, index) => {
    const label = `${v.code} ${v.period}${v.series ? ` („${v.series}“)` : ''}`;
    const year = Number(v.period.slice(0, 4));
    if (year < MIN_YEAR || year > maxYear) {
      problems.push({
        index,
        field: 'period',
        message: `Jahr „${v.period.slice(0, 4)}“ liegt außerhalb von ${MIN_YEAR} bis ${maxYear}`,
        hint: 'Ein Berichtsjahr aus diesem Bereich eintragen, z. B. 2024.',
      });
      return;
    }
    const periodicity = periodicityOf(v.code);
    if (periodicity && !periodFits(v.period, periodicity)) {
      const want = KIND_DE[KIND_OF[periodicity as keyof typeof KIND_OF]];
      problems.push({
        index,
        field: 'period',
        message: `${v.code} wird ${PERIODICITY_DE[periodicity]} geführt; „${v.period}“ ist ${KIND_DE[periodKind(v.period)].one}`,
        hint: `Für ${v.code} ${want.one} angeben (z. B. „${want.example}“) – oder die Periodizität der Kennzahl im CMS ändern.`,
      });
      return;
    }
    if (!Number.isFinite(v.value) || Math.abs(v.value) >= MAX_ABS_VALUE) {
      problems.push({
        index,
        field: 'value',
        message: `${label}: der Wert ${Number.isFinite(v.value) ? fmt(v.value) : String(v.value)} ist unplausibel groß (höchstens ${fmt(MAX_ABS_VALUE - 1)})`,
        hint: 'Den Wert und seine Einheit prüfen, z. B. ob Tausender- und Dezimalzeichen vertauscht sind.',
      });
      return;
    }
    const key = `${v.code}|${observationKey(v)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        index,
        field: 'value',
        message: `${label} kommt doppelt vor (zuerst in ${where(first)})`,
        hint: 'Jede Kennzahl darf je Zeitraum und Reihe nur einmal vorkommen: einen der Werte löschen.',
      });
      return;
    }
    seen.set(key, index);
  });
  return problems;
}
