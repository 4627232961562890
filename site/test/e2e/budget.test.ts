// JavaScript budgets (issue #12), enforced on the built site: what each page
// loads up front — its scripts, their static imports — gzip level 9, as the
// benchmark measures it (scripts/bench/page-weight.ts). Not counted: what
// loads on use (Fuse.js and the instant-search index, Pagefind's runtime and
// index, the search page's typo vocabulary).
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, pathOf } from '../../../scripts/publisher/built-site.ts';
import { pageWeight } from '../../../scripts/bench/page-weight.ts';

const dir = inject('siteDir');
const KB = 1024;
/** KPI and tile pages: chart and tabs. */
const CHART_PAGES = 70 * KB;
/** The search page: Pagefind's own UI script alone is 30.4 KB. */
const SEARCH_PAGE = 35 * KB;
const OTHER_PAGES = 30 * KB;

const budgetOf = (path: string) => (/^\/(kennzahlen|kacheln)\/[^/]+\/$/.test(path) ? CHART_PAGES : path === '/suche/' ? SEARCH_PAGE : OTHER_PAGES);

describe('JavaScript budgets', () => {
  it('every page stays within its budget', () => {
    const over: string[] = [];
    let chartPages = 0;
    for (const file of htmlPages(dir)) {
      const path = pathOf(dir, file);
      const { jsGzip } = pageWeight(dir, path);
      if (budgetOf(path) === CHART_PAGES) chartPages++;
      if (jsGzip > budgetOf(path)) over.push(`${path}: ${(jsGzip / KB).toFixed(1)} KB > ${budgetOf(path) / KB} KB`);
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
