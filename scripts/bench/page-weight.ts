// What a page costs a visitor: its HTML and every JavaScript module it loads
// (scripts, island components and renderers, and their static imports), gzip.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

function jsEntries(html: string): string[] {
  const attrs = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/[^"]+\.m?js)"/g)].map((m) => m[1]!);
  return [...new Set(attrs)];
}

/** Module URLs reachable through static imports from `entry`. */
function closure(siteDir: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  const file = join(siteDir, entry);
  if (!existsSync(file)) return seen;
  seen.add(entry);
  const code = readFileSync(file, 'utf8');
  const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+\.m?js)["']/g)) {
    closure(siteDir, new URL(m[1]!, `http://x${dir}`).pathname, seen);
  }
  return seen;
}

export function pageWeight(siteDir: string, pagePath: string): { htmlGzip: number; jsGzip: number; jsFiles: number } {
  const htmlFile = join(siteDir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const html = readFileSync(htmlFile);
  const modules = new Set<string>();
  for (const entry of jsEntries(html.toString('utf8'))) closure(siteDir, entry, modules);
  let jsGzip = 0;
  for (const m of modules) jsGzip += gz(readFileSync(join(siteDir, m)));
  return { htmlGzip: gz(html), jsGzip, jsFiles: modules.size };
}

const KB = 1024;
/** JavaScript budgets, gzip (issue #12): KPI and tile pages draw charts; every
 *  other page, the search page too (Pagefind's own UI script, 30.4 KB, loads
 *  when the visitor first uses the search field). Enforced by
 *  site/test/e2e/budget.test.ts, printed by the site benchmark. */
export const JS_BUDGET = { chartPage: 70 * KB, otherPage: 30 * KB } as const;

export const jsBudgetOf = (pagePath: string): number =>
  /^\/(kennzahlen|kacheln)\/[^/]+\/$/.test(pagePath) ? JS_BUDGET.chartPage : JS_BUDGET.otherPage;
