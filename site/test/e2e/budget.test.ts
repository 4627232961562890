// JavaScript budgets (issue #12, `JS_BUDGET` in scripts/bench/page-weight.ts:
// KPI and tile pages ≤ 70 KB, every other page, the search page too, ≤ 30 KB),
// enforced on every page of the built site: what each page
// loads up front — its scripts, their static imports — gzip level 9, as the
// benchmark measures it (scripts/bench/page-weight.ts). Not counted: what
// loads on use (Fuse.js and the instant-search index, Pagefind's UI, runtime
// and index, the search page's typo vocabulary).
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, pathOf } from '../../../scripts/publisher/built-site.ts';
import { JS_BUDGET, jsBudgetOf, pageWeight } from '../../../scripts/bench/page-weight.ts';

const dir = inject('siteDir');
const KB = 1024;

describe('JavaScript budgets', () => {
  it('every page stays within its budget', () => {
    const over: string[] = [];
    let chartPages = 0;
    for (const file of htmlPages(dir)) {
      const path = pathOf(dir, file);
      const { jsGzip } = pageWeight(dir, path);
      const budget = jsBudgetOf(path);
      if (budget === JS_BUDGET.chartPage) chartPages++;
      if (jsGzip > budget) over.push(`${path}: ${(jsGzip / KB).toFixed(1)} KB > ${budget / KB} KB`);
    }
    expect(chartPages).toBeGreaterThan(200);
    expect(over).toEqual([]);
  });

  it('measures the chart pages’ scripts (the budget is not met by loading nothing)', () => {
    const { jsGzip, jsFiles } = pageWeight(dir, '/kacheln/co2-bilanz/');
    expect(jsFiles).toBeGreaterThan(0);
    expect(jsGzip).toBeGreaterThan(40 * KB);
  });
});
