// Site benchmark: build time (snapshot → built and Pagefind-indexed site) for
// the demo fixture and for a synthetic snapshot ten times larger, page count,
// and per page type the HTML and JavaScript a visitor loads (gzip), against
// the budgets (JavaScript: page-weight.ts `JS_BUDGET`, enforced by the site
// tests; demo build ≤ 30 s); then
// first contentful paint and cumulative layout shift of home, KPI and search
// pages in Chromium, desktop and throttled phone (render-metrics.ts).
// Prints figures; asserts nothing. Run: npm run bench
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { multiplyContent, snapshotSchema } from '@sdd/shared-types';
import { htmlPages } from '../publisher/built-site.ts';
import { jsBudgetOf, pageWeight } from './page-weight.ts';
import { measureRender } from './render-metrics.ts';
import { percentile } from './stats.ts';
import { REPO_ROOT } from '../paths.ts';

const FIXTURE = join(REPO_ROOT, 'site', 'fixtures', 'demo-snapshot.json');
const work = mkdtempSync(join(tmpdir(), 'sdd-bench-site-'));

function build(snapshotFile: string, outDir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'site', 'scripts', 'build.ts')], {
    cwd: join(REPO_ROOT, 'site'),
    env: { ...process.env, SNAPSHOT_FILE: snapshotFile, SITE_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

try {
  const base = snapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const bigFile = join(work, 'snapshot-x10.json');
  writeFileSync(bigFile, JSON.stringify(multiplyContent(base, 10)));

  const demoOut = join(work, 'demo');
  const demoSeconds = build(FIXTURE, demoOut);
  const bigOut = join(work, 'x10');
  const bigSeconds = build(bigFile, bigOut);
  const demoPages = htmlPages(demoOut).length;
  const bigPages = htmlPages(bigOut).length;

  console.log('Site benchmark');
  console.log(
    `  demo snapshot:   ${demoPages} pages, build + index ${demoSeconds.toFixed(1)} s (budget 30 s), ${((demoSeconds / demoPages) * 1000).toFixed(0)} ms/page`,
  );
  console.log(
    `  10× snapshot:    ${bigPages} pages, build + index ${bigSeconds.toFixed(1)} s, ${((bigSeconds / bigPages) * 1000).toFixed(0)} ms/page (×${(bigSeconds / demoSeconds).toFixed(1)} time for ×${(bigPages / demoPages).toFixed(1)} pages)`,
  );
  const kpi = base.kpis.find((k) => k.target)!;
  const types: Record<string, string> = {
    home: '/',
    'tile overview': '/kacheln/',
    tile: `/kacheln/${base.tiles[0]!.slug}/`,
    'KPI page': `/kennzahlen/${kpi.code.toLowerCase()}/`,
    SDG: '/sdg/13/',
    session: '/sitzungen/dos-2025-02-26/',
    search: '/suche/',
    'open data': '/daten/',
  };
  console.log('  per page type (gzip):');
  for (const [name, path] of Object.entries(types)) {
    const w = pageWeight(demoOut, path);
    console.log(
      `    ${name.padEnd(14)} HTML ${kb(w.htmlGzip).padStart(8)}   JS ${kb(w.jsGzip).padStart(8)} (${w.jsFiles} files, budget ${kb(jsBudgetOf(path))})`,
    );
  }
  const RUNS = 5;
  const render = await measureRender(
    demoOut,
    {
      home: { path: '/' },
      'KPI page': { path: `/kennzahlen/${kpi.code.toLowerCase()}/` },
      search: { path: '/suche/?q=Energie', ready: '.pagefind-ui__result' },
    },
    RUNS,
  );
  console.log(
    `  first render and layout shift in Chromium (median of ${RUNS} cold loads; floors: FCP ≤ 1800 ms, CLS ≤ 0.1, the "good" Core Web Vitals):`,
  );
  for (const [name, byProfile] of render) {
    for (const [profile, samples] of byProfile) {
      const fcp = percentile(
        samples.map((s) => s.fcpMs),
        50,
      );
      const cls = percentile(
        samples.map((s) => s.cls),
        50,
      );
      console.log(
        `    ${name.padEnd(9)} ${profile.padEnd(18)} FCP ${fcp.toFixed(0).padStart(5)} ms (floor 1800)   CLS ${cls.toFixed(3)} (floor 0.1)`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
