// CMS benchmark: cold start on an empty database (including seeding the demo
// data), restart on the seeded database, resident memory after start, and
// p50/p95 of listing all KPIs with their observations over the public API.
// Prints figures; asserts nothing. Run: npm run bench
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStrapi } from '../../cms/scripts/launch-strapi.ts';
import { mib, ms, percentile } from './stats.ts';
import { benchRounds } from './bench-config.ts';

const ROUNDS = benchRounds(30);

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D/g, '') ?? 0) * 1024;
}

async function listAllKpis(url: string): Promise<number> {
  let count = 0;
  for (let page = 1; ; page++) {
    const res = await fetch(
      `${url}/api/kpis?populate[observations]=true&pagination[pageSize]=100&pagination[page]=${page}`,
    );
    if (!res.ok) throw new Error(`GET /api/kpis: ${res.status}`);
    const body = (await res.json()) as { data: unknown[]; meta: { pagination: { pageCount: number } } };
    count += body.data.length;
    if (page >= body.meta.pagination.pageCount) return count;
  }
}

const stateDir = mkdtempSync(join(tmpdir(), 'sdd-bench-'));
try {
  let t = performance.now();
  const first = await startStrapi({ stateDir });
  const coldSeeded = performance.now() - t;
  await first.stop();

  t = performance.now();
  const cms = await startStrapi({ stateDir });
  const restart = performance.now() - t;
  const rss = rssBytes(cms.pid);

  const kpis = await listAllKpis(cms.url); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const s = performance.now();
    await listAllKpis(cms.url);
    samples.push(performance.now() - s);
  }
  await cms.stop();

  console.log('CMS benchmark (SQLite, demo data)');
  console.log(`  cold start, empty database, incl. demo seed: ${ms(coldSeeded)}`);
  console.log(`  start on the seeded database:                ${ms(restart)}`);
  console.log(`  resident memory after start:                 ${mib(rss)}`);
  console.log(
    `  list all ${kpis} KPIs with observations (${ROUNDS} rounds): p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}`,
  );
} finally {
  rmSync(stateDir, { recursive: true, force: true });
}
