// The chart's flaws of issue #12 (item 5), checked on the configuration the page draws.
import { describe, expect, it } from 'vitest';
import { placeTarget } from '../../src/lib/chart-looks.ts';

describe('the target on the x axis', () => {
  it('stands at its year inside the data', () => {
    expect(placeTarget(['2020', '2021', '2022'], 2021)).toEqual({ labels: ['2020', '2021', '2022'], at: 1 });
  });
  it('extends the axis year by year to a later target year', () => {
    expect(placeTarget(['2022', '2023'], 2026)).toEqual({ labels: ['2022', '2023', '2024', '2025', '2026'], at: 4 });
  });
  it('finds its year among school or financial years ("2023/24")', () => {
    expect(placeTarget(['2022/23', '2023/24'], 2023).at).toBe(1);
  });
});
