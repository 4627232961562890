// The progress method on series with known results (computed by hand from
// Eurostat's rule: CAGR over the last five years, observed ÷ required).
import { describe, expect, it } from 'vitest';
import { assessProgress, periodToYears, type ProgressInput } from '../src/progress-status.ts';

const yearly = (first: number, values: readonly (number | null)[], provisionalLast = false) =>
  values.map((value, i) => ({
    period: String(first + i),
    value,
    provisional: provisionalLast && i === values.length - 1,
  }));

const assess = (over: Partial<ProgressInput> & Pick<ProgressInput, 'points'>) =>
  assessProgress({ polarity: 'higher-is-better', target: null, override: null, ...over });

describe('progress with a target', () => {
  it('a latest value at or past the target is on track, target reached', () => {
    const a = assess({ points: yearly(2021, [80, 90, 100, 105]), target: { value: 100, year: 2030 } });
    expect(a).toMatchObject({ status: 'on-track', basis: 'target', targetReached: true });
  });

  it('falling polarity: required −4.54 %/yr, observed −4.85 %/yr → on track', () => {
    const a = assess({
      points: yearly(2019, [100, 95, 90, 86, 82, 78]),
      polarity: 'lower-is-better',
      target: { value: 60, year: 2030 },
    });
    expect(a.status).toBe('on-track');
    expect(a.observedRate).toBeCloseTo(-0.0485, 3);
    expect(a.requiredRate).toBeCloseTo(-0.0454, 3);
  });

  it('falling polarity: observed is 79 % of the required rate → moderate progress', () => {
    const a = assess({
      points: yearly(2019, [100, 95, 90, 86, 82, 78]),
      polarity: 'lower-is-better',
      target: { value: 50, year: 2030 },
    });
    expect(a.status).toBe('moderate-progress');
  });

  it('observed is 22 % of the required rate → insufficient progress', () => {
    expect(assess({ points: yearly(2022, [50, 51, 52]), target: { value: 100, year: 2030 } }).status).toBe(
      'insufficient-progress',
    );
  });

  it('values moving from the target → moving away', () => {
    expect(assess({ points: yearly(2022, [50, 48, 46]), target: { value: 100, year: 2030 } }).status).toBe(
      'moving-away',
    );
  });

  it('a target year in the past, not reached: insufficient when progressing, moving away otherwise', () => {
    expect(assess({ points: yearly(2020, [50, 60, 70, 80, 90]), target: { value: 100, year: 2022 } }).status).toBe(
      'insufficient-progress',
    );
    expect(assess({ points: yearly(2020, [90, 85, 80, 75, 70]), target: { value: 100, year: 2022 } }).status).toBe(
      'moving-away',
    );
  });
});

describe('progress without a target (trend by polarity)', () => {
  it('reads ±1 % a year as the line between moderate and clear movement', () => {
    expect(assess({ points: yearly(2022, [100, 102, 104]) }).status).toBe('on-track');
    expect(assess({ points: yearly(2022, [100, 100.2, 100.4]) }).status).toBe('moderate-progress');
    expect(assess({ points: yearly(2022, [100, 99.8, 99.6]) }).status).toBe('insufficient-progress');
    expect(assess({ points: yearly(2022, [100, 95, 90]) }).status).toBe('moving-away');
    expect(assess({ points: yearly(2022, [100, 95, 90]), polarity: 'lower-is-better' }).status).toBe('on-track');
  });

  it('a neutral KPI without target is not assessed', () => {
    expect(assess({ points: yearly(2020, [1, 2, 3, 4]), polarity: 'neutral' }).status).toBe('not-assessed');
  });

  it('values crossing zero use a linear rate', () => {
    const a = assess({ points: yearly(2021, [-10, -5, 0, 5]) });
    expect(a.status).toBe('on-track');
    expect(a.observedRate).toBeCloseTo(1, 5); // 5 per year, relative to a mean magnitude of 5
  });
});

describe('data the method needs', () => {
  it('fewer than three values, or less than two years, is not enough data', () => {
    expect(assess({ points: yearly(2023, [1, 2]) }).status).toBe('not-enough-data');
    const months = ['2024-01', '2024-02', '2024-03'].map((period, i) => ({ period, value: i + 1, provisional: false }));
    expect(assess({ points: months }).status).toBe('not-enough-data');
  });

  it('skips gaps and looks back five years only', () => {
    const a = assess({ points: yearly(2019, [10, null, null, 12, null, 14]) });
    expect(a).toMatchObject({ status: 'on-track', fromPeriod: '2019', toPeriod: '2024' });
    // Rising until 2018, falling since: only the last five years count.
    const b = assess({ points: yearly(2010, [1, 2, 4, 8, 16, 32, 64, 100, 120, 110, 100, 90, 80, 70]) });
    expect(b).toMatchObject({ status: 'moving-away', fromPeriod: '2018', toPeriod: '2023' });
  });

  it('flags a provisional latest value', () => {
    expect(assess({ points: yearly(2022, [1, 2, 3], true) }).provisional).toBe(true);
  });

  it('an editor override wins and keeps its reason and the computed status', () => {
    const a = assess({
      points: yearly(2022, [100, 95, 90]),
      override: { status: 'moderate-progress', reason: 'Neue Zählmethode ab 2023' },
    });
    expect(a).toMatchObject({
      status: 'moderate-progress',
      basis: 'override',
      reason: 'Neue Zählmethode ab 2023',
      computed: 'moving-away',
    });
  });

  it('turns periods into years', () => {
    expect([periodToYears('2024'), periodToYears('2024-Q3'), periodToYears('2024-04')]).toEqual([
      2024, 2024.5, 2024.25,
    ]);
  });
});
