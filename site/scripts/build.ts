// Builds the static site from a snapshot and indexes it for full-text
// search: `astro build`, then Pagefind over the output.
//   SNAPSHOT_FILE  the snapshot to build from (default: the demo fixture)
//   SITE_OUT_DIR   where to write the site (default: site/dist)
//   SITE_PREVIEW=1 a draft preview (publisher): no Pagefind index — it is the
//                  slowest step after Astro and the editor previews pages, not
//                  the full-text search (the search page says so in preview builds)
//   SITE_INCREMENTAL=1 with SITE_CACHE_DIR (kept between builds): render only the
//                  pages whose cacheKey changed, link the others from the cache
//                  (see incremental-build.ts); `--full` or SITE_FULL_BUILD=1 renders all
//   SITE_PAGES_FILE where to write the manifest of the built pages ({ pages: [...] },
//                  src/data/site-pages.ts), which the publisher's checks read; unset: none
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { finishIncremental, prepareIncremental } from './incremental-build.ts';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSnapshot, snapshotPathIn } from '../src/data/snapshot-file.ts';
import { sitePages, type SitePagesManifest } from '../src/data/site-pages.ts';

const siteRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(siteRoot, process.env.SITE_OUT_DIR ?? 'dist');
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const prepareStart = performance.now();
const incremental =
  process.env.SITE_INCREMENTAL === '1'
    ? prepareIncremental(siteRoot, outDir, {
        cacheDir: resolve(siteRoot, process.env.SITE_CACHE_DIR ?? 'node_modules/.astro-incremental'),
        full: process.argv.includes('--full') || process.env.SITE_FULL_BUILD === '1',
      })
    : null;
if (incremental) console.log(`site build: cache folder checked, kept pages put in place in ${seconds(prepareStart)}`);
const require = createRequire(import.meta.url);
const astroCli = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
// pagefind exports only an ESM entry (lib/index.js), beside lib/runner/.
const pagefindCli = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** The step now running: stopping this wrapper stops it at once, instead of leaving it to run on alone. */
let current: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!current || current.exitCode !== null || current.signalCode !== null) process.exit(1);
    current.once('exit', () => process.exit(1));
    current.kill('SIGKILL');
  });
}

function step(name: string, args: string[], cwd = siteRoot): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: 'inherit',
    env: {
      ...process.env,
      SITE_ROOT: siteRoot,
      SITE_OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(incremental ? { SITE_CACHE_DIR: incremental.cacheDir } : { SITE_INCREMENTAL: '0' }),
      // Pages with unchanged keys are reused: the share previews are rendered only by the endpoints that run
      // (site-images.ts).
      SITE_REUSING_PAGES: incremental && !incremental.fullBecause ? '1' : '0',
    },
  });
  current = child;
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      if (code !== 0) {
        console.error(`site build: ${name} failed (exit ${code ?? signal})`);
        process.exit(code ?? 1);
      }
      resolve(performance.now() - started);
    });
  });
}

// Astro keeps its server chunks in `.prerender/` inside the output folder if that lies below its
// working directory, else in `<working directory>/.astro/.prerender/`, which it deletes when done.
// From the site folder, two builds at once (a test suite beside another, a preview beside a test)
// would share and delete each other's chunks. So Astro runs in a folder of this build's own below
// the site folder (the chunks still find site/node_modules), removed afterwards.
const workDir = join(siteRoot, '.builds', String(process.pid));
mkdirSync(workDir, { recursive: true });
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
// Incremental builds link kept pages into the output folder: Astro must replace them, not write into them; and
// the cache copies of the pages it renders become links too, instead of a second write of the same bytes.
const preloads = incremental
  ? ['unshare-before-write.ts', 'link-cache-copies.ts'].flatMap((file) => [
      '--import',
      pathToFileURL(join(siteRoot, 'scripts', file)).href,
    ])
  : [];
const astroMs = await step('astro build', [...preloads, astroCli, 'build', '--silent', '--root', siteRoot], workDir);
if (incremental) {
  const finishStart = performance.now();
  const done = finishIncremental(incremental);
  console.log(`site build: ${done} (recorded in ${seconds(finishStart)})`);
}
if (process.env.SITE_PREVIEW === '1') {
  console.log(`site build (preview, no full-text index): astro ${(astroMs / 1000).toFixed(1)} s → ${outDir}`);
} else {
  const pagefindMs = await step('pagefind', [pagefindCli, '--site', outDir, '--force-language', 'de', '--silent']);
  console.log(
    `site build: astro ${(astroMs / 1000).toFixed(1)} s, pagefind ${(pagefindMs / 1000).toFixed(1)} s → ${outDir}`,
  );
}
if (process.env.SITE_PAGES_FILE) {
  const manifest: SitePagesManifest = {
    pages: sitePages(readSnapshot(snapshotPathIn(siteRoot)), { preview: process.env.SITE_PREVIEW === '1' }),
  };
  writeFileSync(resolve(siteRoot, process.env.SITE_PAGES_FILE), JSON.stringify(manifest));
}
