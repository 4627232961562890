// A KPI the editor rules accept, as the content manager's API takes it.
export const validKpi = (
  code: string,
  observations: unknown[] = [{ period: '2020', value: 1.5, provisional: false }],
) => ({
  code,
  name: 'Testkennzahl',
  unit: '%',
  sourceName: 'Testquelle',
  licence: 'CC BY 4.0',
  periodicity: 'yearly',
  polarity: 'neutral',
  decimals: 1,
  exampleData: true,
  observations,
});
