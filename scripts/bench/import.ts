// Import benchmark: validation (dry run) and apply of 10,000 values in one
// long-format CSV, and of a 120-month monthly series (one file for one KPI,
// German month names, three series: --kpi) against a throw-away CMS with
// the demo data; whole command wall time, as a steward would wait. Prints
// figures; asserts nothing. Targets: dry run ≤ 5 s, apply ≤ 30 s (10,000
// values); 120 months: dry run ≤ 5 s, apply ≤ 10 s. Run: npm run bench
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStrapi } from '../../cms/scripts/launch-strapi.ts';
import { createPublishedKpi, testKpi } from '../import/test/test-kpi.ts';
import { adminJwt, BENCH_ADMIN as ADMIN } from './admin-login.ts';

const VALUES = 10_000;
const MAIN = join(import.meta.dirname, '..', 'import', 'main.ts');
const work = mkdtempSync(join(tmpdir(), 'sdd-bench-import-'));
const cms = await startStrapi({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } });

function timed(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [MAIN, ...args, '--report', join(work, `report-${Date.now()}.json`)], {
    env: {
      ...process.env,
      CMS_URL: cms.url,
      CMS_IMPORT_TOKEN: readFileSync(join(cms.stateDir, 'import-token'), 'utf8').trim(),
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`import failed (${result.status}): ${result.stderr.slice(0, 2000)}`);
  return (performance.now() - started) / 1000;
}

try {
  const list = (await (
    await fetch(`${cms.url}/api/kpis?pagination[pageSize]=100&fields[0]=code&fields[1]=unit`)
  ).json()) as { meta: { pagination: { pageCount: number } } };
  const codes: string[] = [];
  for (let page = 1; page <= list.meta.pagination.pageCount; page++) {
    const body = (await (
      await fetch(`${cms.url}/api/kpis?pagination[page]=${page}&pagination[pageSize]=100&fields[0]=code`)
    ).json()) as { data: { code: string }[] };
    codes.push(...body.data.map((k) => k.code));
  }
  // Every request of the benchmark itself comes before the blocking runs below (a pooled connection would go stale
  // meanwhile).
  const jwt = await adminJwt(cms.url);
  await createPublishedKpi(cms.url, jwt, testKpi('BEN-M', 'monthly', 'MWh'));
  const rows = ['Kennzahl;Jahr;Wert'];
  for (let year = 1950; rows.length <= VALUES && year <= new Date().getFullYear(); year++) {
    for (const code of codes)
      if (rows.length <= VALUES)
        rows.push(`${code};${year};${(((year * 7919 + code.length * 31) % 10_000) / 10).toFixed(1).replace('.', ',')}`);
  }
  const file = join(work, 'werte-10000.csv');
  writeFileSync(file, `${rows.join('\r\n')}\r\n`);
  const dry = timed([file]);
  const apply = timed([file, '--apply']);
  const again = timed([file, '--apply']);
  console.log(`Import benchmark (${rows.length - 1} values, ${codes.length} KPIs, SQLite)`);
  console.log(`  dry run (read, validate, diff):   ${dry.toFixed(1)} s (target ≤ 5 s)`);
  console.log(`  apply (one transaction, publish): ${apply.toFixed(1)} s (target ≤ 30 s)`);
  console.log(`  second identical apply (no-op):   ${again.toFixed(1)} s`);

  // 120 months × 3 series, as a utility exports them: "Jan 15;141.972,60;…".
  const MONTHS = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
  const monthly = ['Monat;Rathaus (MWh);Hallenbad (MWh);Klärwerk (MWh)'];
  for (let m = 0; m < 120; m++) {
    const v = (k: number) =>
      new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        1000 * k + ((m * 7919) % 997) / 10,
      );
    monthly.push(`${MONTHS[m % 12]} ${String(15 + Math.floor(m / 12)).padStart(2, '0')};${v(100)};${v(30)};${v(250)}`);
  }
  const monthlyFile = join(work, 'monatlich-120.csv');
  writeFileSync(monthlyFile, `${monthly.join('\r\n')}\r\n`);
  const monthlyDry = timed([monthlyFile, '--kpi', 'BEN-M']);
  const monthlyApply = timed([monthlyFile, '--kpi', 'BEN-M', '--apply']);
  console.log(`Import benchmark (120 months × 3 series = 360 values, one KPI, --kpi, SQLite)`);
  console.log(`  dry run:                          ${monthlyDry.toFixed(1)} s (target ≤ 5 s)`);
  console.log(`  apply:                            ${monthlyApply.toFixed(1)} s (target ≤ 10 s)`);
} finally {
  await cms.stop();
  rmSync(work, { recursive: true, force: true });
}
