// Image benchmark (chart SVGs and share preview PNGs, site/src/lib/images/;
// the chart PNG is drawn in the visitor's browser): the site build from the
// demo snapshot (and with BENCH_X10=1 from a synthetic one ten times larger)
// without PNGs (SITE_PNG_IMAGES=0), with PNGs from an empty cache (a fresh
// machine, CI) and again with the cache filled (every later publish); image
// count, size, build time added per image. BENCH_RUNS=n (default 1) repeats
// the three builds n times, alternating, and prints the medians. Floor: with an empty cache the build takes less than
// twice the time
// without PNGs (issue #12). Beside the wall time it prints the CPU time of each
// build (user + system of the build and its children, from /proc): on a
// machine shared with other jobs the wall time follows their load, the CPU
// time much less so. Prints figures; asserts nothing.
// Run: node scripts/bench/images.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { multiplyContent, snapshotSchema } from '@sdd/shared-types';
import { benchTenfold } from './bench-config.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'site', 'fixtures', 'demo-snapshot.json');
const work = mkdtempSync(join(tmpdir(), 'sdd-bench-images-'));

/**
 * CPU seconds (user + system) of this process's finished children and theirs (Linux: /proc/self/stat fields 16, 17).
 */
function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) " the fields start at number 3: cutime is field 16, cstime 17, in clock ticks (100 per second).
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / 100;
}

interface BuildTime {
  wall: number;
  cpu: number;
}

function build(snapshotFile: string, outDir: string, env: Record<string, string>): BuildTime {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const result = spawnSync(process.execPath, [join(ROOT, 'site', 'scripts', 'build.ts')], {
    cwd: join(ROOT, 'site'),
    env: { ...process.env, ...env, SNAPSHOT_FILE: snapshotFile, SITE_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  return { wall: (performance.now() - started) / 1000, cpu: childrenCpuSeconds() - cpuBefore };
}

const seconds = (t: BuildTime) => `${t.wall.toFixed(1)} s (CPU ${t.cpu.toFixed(1)} s)`;
const ratio = (t: BuildTime, base: BuildTime) =>
  `×${(t.wall / base.wall).toFixed(2)}, CPU ×${(t.cpu / base.cpu).toFixed(2)}`;

/** PNG and SVG files of a build with their total size. */
function images(dir: string, ext: '.png' | '.svg'): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(ext) && e.name !== 'favicon.svg') {
        count++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { count, bytes };
}

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianTime = (times: BuildTime[]): BuildTime => ({
  wall: median(times.map((t) => t.wall)),
  cpu: median(times.map((t) => t.cpu)),
});

function measure(name: string, snapshotFile: string): void {
  const runs: { without: BuildTime; cold: BuildTime; warm: BuildTime }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cache = join(work, `cache-${name}-${run}`);
    runs.push({
      without: build(snapshotFile, join(work, `${name}-without`), { SITE_PNG_IMAGES: '0' }),
      cold: build(snapshotFile, join(work, `${name}-cold`), { SITE_PNG_IMAGES: '1', SITE_IMAGE_CACHE: cache }),
      warm: build(snapshotFile, join(work, `${name}-warm`), { SITE_PNG_IMAGES: '1', SITE_IMAGE_CACHE: cache }),
    });
    rmSync(cache, { recursive: true, force: true });
  }
  const without = medianTime(runs.map((r) => r.without));
  const cold = medianTime(runs.map((r) => r.cold));
  const warm = medianTime(runs.map((r) => r.warm));
  const png = images(join(work, `${name}-cold`), '.png');
  const svg = images(join(work, `${name}-cold`), '.svg');
  const perImage = (seconds: number) => ((seconds * 1000) / Math.max(png.count, 1)).toFixed(0);
  console.log(
    `  ${name} (median of ${RUNS} run(s); load average of the machine after the builds: ${loadavg()[0]!.toFixed(1)}):`,
  );
  console.log(
    `    images: ${png.count} PNG (${(png.bytes / 1024 / 1024).toFixed(1)} MB, ${(png.bytes / 1024 / Math.max(png.count, 1)).toFixed(0)} KB each), ${svg.count} SVG (${(svg.bytes / 1024 / 1024).toFixed(1)} MB)`,
  );
  console.log(`    build without PNGs ${seconds(without)}`);
  console.log(`    with PNGs, empty cache ${seconds(cold)}: ${ratio(cold, without)} (floor < ×2.00)`);
  console.log(`    with PNGs, filled cache ${seconds(warm)}: ${ratio(warm, without)}`);
  console.log(
    `    added per PNG (empty cache): ${perImage(cold.wall - without.wall)} ms build time, ${perImage(cold.cpu - without.cpu)} ms CPU`,
  );
}

try {
  console.log('Image benchmark (site build incl. Pagefind; machine load varies, compare within one run)');
  measure('demo', FIXTURE);
  if (benchTenfold()) {
    const bigFile = join(work, 'snapshot-x10.json');
    writeFileSync(
      bigFile,
      JSON.stringify(multiplyContent(snapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8'))), 10)),
    );
    measure('10× snapshot', bigFile);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
