import { describe, expect, it } from 'vitest';
import { comparisonSeriesProblems, formatSeriesLines, parseSeriesLines } from '../src/comparison-series.ts';
import { snapshotSchema } from '../src/snapshot.ts';
import { minimalSnapshot } from './fixtures/minimal-snapshot.ts';

const obs = (series: string | null) => ({ series });

describe('comparison series', () => {
  it('reads the editors’ lines: trimmed, blanks dropped, each once', () => {
    expect(parseSeriesLines(' Bayern \r\n\nDeutschland\nBayern\n')).toEqual(['Bayern', 'Deutschland']);
    expect(parseSeriesLines(formatSeriesLines(['Bayern', 'Bamberg']))).toEqual(['Bayern', 'Bamberg']);
    expect(parseSeriesLines(null)).toEqual([]);
  });

  it('names a comparison series without values and lists the existing ones', () => {
    const [problem] = comparisonSeriesProblems(['Bayrn'], [obs(null), obs('Bayern')]);
    expect(problem).toContain('„Bayrn“ hat keine Werte');
    expect(problem).toContain('„Bayern“');
  });

  it('refuses a KPI whose every series is a comparison', () => {
    expect(comparisonSeriesProblems(['Bayern'], [obs('Bayern')])).toEqual([
      expect.stringContaining('mindestens eine eigene Reihe'),
    ]);
    expect(comparisonSeriesProblems(['Bayern'], [obs(null), obs('Bayern')])).toEqual([]);
  });

  it('is checked by the snapshot schema, so a build cannot take a wrong name', () => {
    const s = minimalSnapshot();
    const kpi = s.kpis[0]!;
    kpi.comparisonSeries = ['Bayern'];
    const result = snapshotSchema.safeParse(s);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('comparisonSeries');
  });
});
