// Import benchmark: validation (dry run) and apply of 10,000 values in one
// long-format CSV against a throw-away CMS with the demo data; whole command
// wall time, as a steward would wait. Prints figures; asserts nothing.
// Targets: dry run ≤ 5 s, apply ≤ 30 s. Run: npm run bench
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStrapi } from '../../cms/scripts/launch-strapi.ts';

const VALUES = 10_000;
const MAIN = join(import.meta.dirname, '..', 'import', 'main.ts');
const work = mkdtempSync(join(tmpdir(), 'sdd-bench-import-'));
const cms = await startStrapi();

function timed(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [MAIN, ...args, '--report', join(work, `report-${Date.now()}.json`)], {
    env: { ...process.env, CMS_URL: cms.url, CMS_IMPORT_TOKEN: readFileSync(join(cms.stateDir, 'import-token'), 'utf8').trim() },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`import failed (${result.status}): ${result.stderr.slice(0, 2000)}`);
  return (performance.now() - started) / 1000;
}

try {
  const list = (await (await fetch(`${cms.url}/api/kpis?pagination[pageSize]=100&fields[0]=code&fields[1]=unit`)).json()) as { meta: { pagination: { pageCount: number } } };
  const codes: string[] = [];
  for (let page = 1; page <= list.meta.pagination.pageCount; page++) {
    const body = (await (await fetch(`${cms.url}/api/kpis?pagination[page]=${page}&pagination[pageSize]=100&fields[0]=code`)).json()) as { data: { code: string }[] };
    codes.push(...body.data.map((k) => k.code));
  }
  const rows = ['Kennzahl;Jahr;Wert'];
  for (let year = 1950; rows.length <= VALUES && year <= 2027; year++) {
    for (const code of codes) if (rows.length <= VALUES) rows.push(`${code};${year};${(((year * 7919 + code.length * 31) % 10_000) / 10).toFixed(1).replace('.', ',')}`);
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
} finally {
  await cms.stop();
  rmSync(work, { recursive: true, force: true });
}
