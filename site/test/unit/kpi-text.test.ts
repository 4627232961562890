import { describe, expect, it } from 'vitest';
import type { Kpi } from '@sdd/shared-types';
import { kpiSummary } from '../../src/lib/kpi-summary.ts';
import { keyFigures } from '../../src/lib/kpi-stats.ts';
import { chartDataOf } from '../../src/lib/chart-data.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { contrastRatio, readableOnWhite, textOn } from '../../src/lib/contrast.ts';

const obs = (period: string, value: number | null, series: string | null = null, provisional = false) => ({
  period,
  value,
  series,
  provisional,
  note: null,
});
const kpi = (over: Partial<Kpi>): Kpi => ({
  code: 'T-01',
  name: 'Test',
  unit: 't',
  description: '',
  method: '',
  sourceName: 'Q',
  sourceUrl: null,
  licence: 'L',
  periodicity: 'yearly',
  polarity: 'lower-is-better',
  decimals: 1,
  target: null,
  observations: [],
  sdgs: [],
  actionFields: [],
  responsibleOffice: null,
  dataAsOf: null,
  exampleData: true,
  comparisonSeries: [],
  progressOverride: null,
  ...over,
});

const summary = (k: Kpi) => kpiSummary(k, 'Musterstadt');

describe('KPI summary', () => {
  it('judges the direction by polarity, not by the sign', () => {
    const falling = [obs('2022', 10), obs('2023', 9)];
    expect(summary(kpi({ polarity: 'lower-is-better', observations: falling }))).toContain(
      'Das ist eine Entwicklung in die gewünschte Richtung.',
    );
    expect(summary(kpi({ polarity: 'higher-is-better', observations: falling }))).toContain(
      'Das ist eine Entwicklung in die unerwünschte Richtung.',
    );
    expect(keyFigures(kpi({ polarity: 'higher-is-better', observations: falling })).direction).toBe('worse');
  });

  it('skips gaps, names provisional values and German-formats numbers', () => {
    const s = summary(kpi({ observations: [obs('2021', 1234.5), obs('2022', null), obs('2023', 1000, null, true)] }));
    expect(s[0]).toBe('Der neueste Wert (2023, vorläufig) beträgt 1.000,0\u202ft.');
    expect(s[1]).toBe('Gegenüber 2021 ist das eine Veränderung um −234,5\u202ft (−19,0\u202f%).');
  });

  it('speaks of percentage points for percentages, and of the target', () => {
    const s = summary(
      kpi({
        unit: '%',
        polarity: 'higher-is-better',
        target: { value: 80, year: 2030, label: null },
        observations: [obs('2022', 40), obs('2023', 50)],
      }),
    );
    expect(s).toContain('Gegenüber 2022 ist das eine Veränderung um +10,0\u202fProzentpunkte (+25,0\u202f%).');
    expect(s).toContain('Ziel: 80,0\u202f% bis 2030.');
    expect(s).toContain('Bis zum Ziel fehlen noch 30,0\u202fProzentpunkte.');
  });

  it('says "1 Prozentpunkt" in the singular, "1,0 Prozentpunkte" in the plural', () => {
    const whole = summary(kpi({ unit: '%', decimals: 0, observations: [obs('2022', 41), obs('2023', 40)] }));
    expect(whole).toContain('Gegenüber 2022 ist das eine Veränderung um −1\u202fProzentpunkt (−2,4\u202f%).');
    const decimal = summary(kpi({ unit: '%', decimals: 1, observations: [obs('2022', 41), obs('2023', 40)] }));
    expect(decimal).toContain('Gegenüber 2022 ist das eine Veränderung um −1,0\u202fProzentpunkte (−2,4\u202f%).');
  });

  it('says so when there are no values', () => {
    expect(summary(kpi({ observations: [obs('2020', null)] }))).toEqual([
      'Für diese Kennzahl liegen noch keine Werte vor.',
    ]);
  });
});

describe('chart data', () => {
  it('aligns every series to all periods with gaps as null', () => {
    const data = chartDataOf(
      kpi({ observations: [obs('2020', 1, 'Frauen'), obs('2021', 2, 'Männer'), obs('2021', 3, 'Frauen', true)] }),
      { chartType: 'bar', showTarget: true },
    );
    expect(data.periods).toEqual(['2020', '2021']);
    expect(data.series).toEqual([
      { label: 'Frauen', values: [1, 3], provisional: [false, true], comparison: false },
      { label: 'Männer', values: [null, 2], provisional: [false, false], comparison: false },
    ]);
    expect(data.target).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes what needs quoting, with BOM and CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'sagte "ja"'],
          [null, 1.5],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x, y","sagte ""ja"""\r\n,1.5\r\n');
  });
});

describe('contrast', () => {
  it('picks black on SDG yellow and white on SDG dark red, and darkens a pale accent', () => {
    expect(textOn('#FCC30B')).toBe('#000000');
    expect(textOn('#A21942')).toBe('#FFFFFF');
    expect(contrastRatio(readableOnWhite('#66B2FF'), '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(readableOnWhite('#005A9C')).toBe('#005a9c');
  });
});

describe('comparison series', () => {
  const withComparison = kpi({
    polarity: 'lower-is-better',
    decimals: 1,
    comparisonSeries: ['Bayern', 'Deutschland'],
    observations: [
      obs('2022', 7),
      obs('2023', 6.5),
      obs('2022', 6, 'Bayern'),
      obs('2023', 5.8, 'Bayern'),
      obs('2022', 8, 'Deutschland'),
    ],
  });

  it('never gives the headline figure or the trend', () => {
    const only = kpi({
      comparisonSeries: ['Bayern'],
      observations: [
        obs('2022', 3, 'Bayern'),
        obs('2023', 1, 'Bayern'),
        obs('2022', 5, 'Stadt'),
        obs('2023', 6, 'Stadt'),
      ],
    });
    expect(keyFigures(only).latest?.value).toBe(6);
    expect(keyFigures(withComparison)).toMatchObject({ latest: { value: 6.5 }, change: -0.5 });
  });

  it('says how the city compares in the latest period it shares with a comparison', () => {
    const s = summary(withComparison);
    expect(s).toContain('Im Vergleich 2023: Musterstadt 6,5\u202ft, Bayern 5,8\u202ft.');
    expect(s.join(' ')).not.toContain('aufgeteilt nach');
  });

  it('labels comparison series in the chart data', () => {
    const data = chartDataOf(withComparison, { chartType: 'line', showTarget: false });
    expect(data.series.map((s) => [s.label, s.comparison])).toEqual([
      ['Test', false],
      ['Vergleich: Bayern', true],
      ['Vergleich: Deutschland', true],
    ]);
  });
});
