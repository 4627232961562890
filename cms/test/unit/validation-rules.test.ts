// The plugin's field rules as pure functions (the integration tests prove
// they are wired into the CMS).
import { describe, expect, it } from 'vitest';
import {
  checkComparisonSeries,
  checkKpiCode,
  checkProgressOverride,
  checkLink,
  checkObservations,
  checkSdgAssignments,
  checkSlug,
  checkTarget,
  checkUnit,
} from '../../src/plugins/smart-data/server/src/validation/rules.ts';
import { maxValueYear } from '@sdd/shared-types';

const NOW = new Date('2026-06-01T00:00:00Z');
const obs = (period: string, series: string | null = null, value: unknown = 1) => ({
  period,
  series,
  value,
  provisional: false,
});
const paths = (problems: { path: string[] }[]) => problems.map((p) => p.path.join('.'));

describe('validation rules', () => {
  it('accepts next year at most', () => {
    expect(maxValueYear(NOW)).toBe(2027);
    expect(checkObservations([obs('2027')], NOW)).toEqual([]);
    expect(paths(checkObservations([obs('2028')], NOW))).toEqual(['observations.0.period']);
    expect(paths(checkObservations([obs('1899')], NOW))).toEqual(['observations.0.period']);
  });

  it('treats an empty series as the main series when looking for duplicates', () => {
    expect(paths(checkObservations([obs('2020', null), obs('2020', '')], NOW))).toEqual(['observations.1.period']);
    expect(checkObservations([obs('2020', 'Frauen'), obs('2020', 'Männer'), obs('2020', null)], NOW)).toEqual([]);
    expect(checkObservations([obs('2020-Q1'), obs('2020-Q2'), obs('2020')], NOW)).toEqual([]);
  });

  it('refuses non-numeric values but allows gaps', () => {
    expect(paths(checkObservations([obs('2020', null, '12,5')], NOW))).toEqual(['observations.0.value']);
    expect(checkObservations([obs('2020', null, null)], NOW)).toEqual([]);
  });

  it('checks codes, units and slugs only when given (partial updates)', () => {
    expect(checkKpiCode(undefined)).toEqual([]);
    expect(paths(checkKpiCode('A'))).toEqual(['code']);
    expect(checkKpiCode('SDG11.6-A_1')).toEqual([]);
    expect(checkUnit(undefined, false)).toEqual([]);
    expect(paths(checkUnit(undefined, true))).toEqual(['unit']);
    expect(paths(checkSlug('Ä-ö'))).toEqual(['slug']);
    expect(checkSlug('co2-bilanz')).toEqual([]);
  });

  it('checks SDG goals and targets', () => {
    expect(
      checkSdgAssignments([
        { goal: 11, target: '11.6' },
        { goal: 6, target: '6.a' },
        { goal: 13, target: null },
      ]),
    ).toEqual([]);
    expect(paths(checkSdgAssignments([{ goal: 0 }, { goal: 11, target: '1.6' }]))).toEqual([
      'sdgs.0.goal',
      'sdgs.1.target',
    ]);
  });

  it('accepts only absolute http(s) links', () => {
    expect(checkLink('sourceUrl', 'https://www.statistik.bayern.de/')).toEqual([]);
    expect(checkLink('sourceUrl', null)).toEqual([]);
    expect(paths(checkLink('sourceUrl', 'www.stadt.de'))).toEqual(['sourceUrl']);
    expect(paths(checkLink('website', 'javascript:alert(1)'))).toEqual(['website']);
  });

  it('checks targets', () => {
    expect(checkTarget(null)).toEqual([]);
    expect(paths(checkTarget({ value: 'viel', year: 2030 }))).toEqual(['target.value']);
    expect(paths(checkTarget({ value: 1, year: 2200 }))).toEqual(['target.year']);
  });
});

describe('comparison series and progress overrides', () => {
  const rows = [
    { period: '2024', value: 1, series: null },
    { period: '2024', value: 2, series: 'Bayern' },
  ];

  it('accepts comparison series the values carry and names a typo at the field', () => {
    expect(checkComparisonSeries('Bayern\n', rows)).toEqual([]);
    const [problem] = checkComparisonSeries('Bayern\nDeutschlnd', rows);
    expect(problem?.path).toEqual(['comparisonSeries']);
    expect(problem?.message).toContain('„Deutschlnd“ hat keine Werte');
  });

  it('wants a reason for a progress status set by hand', () => {
    expect(checkProgressOverride(null, null)).toEqual([]);
    expect(checkProgressOverride('on-track', 'Neue Zählmethode')).toEqual([]);
    expect(checkProgressOverride('on-track', '  ')).toEqual([
      { path: ['progressOverrideReason'], message: expect.stringContaining('begründen') },
    ]);
  });
});
