// The time a KPI's values cover (dct:temporal): from the first day of the
// earliest period with a value to the last day of the latest one.
import type { Observation } from '@sdd/shared-types';

const pad = (n: number) => String(n).padStart(2, '0');
/** Last day of a month (1–12). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** First and last day of a period "2024", "2024-Q2" or "2024-03". */
export function periodDays(period: string): { start: string; end: string } {
  const year = Number(period.slice(0, 4));
  const quarter = /-Q([1-4])$/.exec(period);
  const month = /-(\d{2})$/.exec(period);
  const [from, to] = quarter
    ? [Number(quarter[1]) * 3 - 2, Number(quarter[1]) * 3]
    : month
      ? [Number(month[1]), Number(month[1])]
      : [1, 12];
  return { start: `${year}-${pad(from)}-01`, end: `${year}-${pad(to)}-${pad(lastDay(year, to))}` };
}

export function temporalCoverage(observations: readonly Observation[]): { start: string; end: string } | undefined {
  const days = observations.filter((o) => o.value !== null).map((o) => periodDays(o.period));
  if (days.length === 0) return undefined;
  return {
    start: days.map((d) => d.start).sort()[0]!,
    end: days
      .map((d) => d.end)
      .sort()
      .at(-1)!,
  };
}
