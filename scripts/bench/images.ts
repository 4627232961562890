// Image benchmark (chart downloads and share previews, site/src/lib/images/):
// the site build from the demo snapshot (and with BENCH_X10=1 from a
// synthetic one ten times larger) without PNGs (SITE_PNG_IMAGES=0), with
// PNGs from an empty cache (a fresh machine, CI) and again with the cache
// filled (every later publish); image count, size, build time added per
// image. Floor: with an empty cache the build takes less than twice the time
// without PNGs (issue #12). Prints figures; asserts nothing.
// Run: node scripts/bench/images.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotSchema } from '@sdd/shared-types';
import { multiplySnapshot } from './synthetic-snapshot.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'site', 'fixtures', 'demo-snapshot.json');
const work = mkdtempSync(join(tmpdir(), 'sdd-bench-images-'));

function build(snapshotFile: string, outDir: string, env: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'site', 'scripts', 'build.ts')], {
    cwd: join(ROOT, 'site'),
    env: { ...process.env, ...env, SNAPSHOT_FILE: snapshotFile, SITE_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

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

function measure(name: string, snapshotFile: string): void {
  const cache = join(work, `cache-${name}`);
  const without = build(snapshotFile, join(work, `${name}-without`), { SITE_PNG_IMAGES: '0' });
  const cold = build(snapshotFile, join(work, `${name}-cold`), { SITE_PNG_IMAGES: '1', SITE_IMAGE_CACHE: cache });
  const warm = build(snapshotFile, join(work, `${name}-warm`), { SITE_PNG_IMAGES: '1', SITE_IMAGE_CACHE: cache });
  const png = images(join(work, `${name}-cold`), '.png');
  const svg = images(join(work, `${name}-cold`), '.svg');
  const perImage = ((cold - without) * 1000) / Math.max(png.count, 1);
  console.log(`  ${name}:`);
  console.log(
    `    images: ${png.count} PNG (${(png.bytes / 1024 / 1024).toFixed(1)} MB, ${(png.bytes / 1024 / Math.max(png.count, 1)).toFixed(0)} KB each), ${svg.count} SVG (${(svg.bytes / 1024 / 1024).toFixed(1)} MB)`,
  );
  console.log(
    `    build without PNGs ${without.toFixed(1)} s; with PNGs, empty cache ${cold.toFixed(1)} s (×${(cold / without).toFixed(2)}, floor < ×2.00), filled cache ${warm.toFixed(1)} s (×${(warm / without).toFixed(2)})`,
  );
  console.log(`    build time added per PNG (empty cache): ${perImage.toFixed(0)} ms`);
}

try {
  console.log('Image benchmark (site build incl. Pagefind; machine load varies, compare within one run)');
  measure('demo', FIXTURE);
  if (process.env.BENCH_X10 === '1') {
    const bigFile = join(work, 'snapshot-x10.json');
    writeFileSync(
      bigFile,
      JSON.stringify(multiplySnapshot(snapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8'))), 10)),
    );
    measure('10× snapshot', bigFile);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
