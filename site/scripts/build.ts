// Builds the static site from a snapshot and indexes it for full-text
// search: `astro build`, then Pagefind over the output (search-index.ts).
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
// The share previews (PNG) and the download files are made beside Astro, in this process (beside-astro.ts).
import { type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { finishIncremental, prepareIncremental } from './incremental-build.ts';
import {
  BUILD_PRELOADS,
  INCREMENTAL_PRELOADS,
  ownWorkDir,
  runStep,
  secondsSince,
  siteRoot,
  writePagesManifest,
} from './build-steps.ts';
import { createSearchIndexer } from './search-index.ts';

const outDir = resolve(siteRoot, process.env.SITE_OUT_DIR ?? 'dist');
const prepareStart = performance.now();
const incremental =
  process.env.SITE_INCREMENTAL === '1'
    ? prepareIncremental(siteRoot, outDir, {
        cacheDir: resolve(siteRoot, process.env.SITE_CACHE_DIR ?? 'node_modules/.astro-incremental'),
        full: process.argv.includes('--full') || process.env.SITE_FULL_BUILD === '1',
      })
    : null;
if (incremental)
  console.log(`site build: cache folder checked, kept pages put in place in ${secondsSince(prepareStart)}`);
const require = createRequire(import.meta.url);
const astroCli = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');

/** The step now running: stopping this wrapper stops it at once, instead of leaving it to run on alone. */
let current: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!current || current.exitCode !== null || current.signalCode !== null) process.exit(1);
    current.once('exit', () => process.exit(1));
    current.kill('SIGKILL');
  });
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  SITE_ROOT: siteRoot,
  SITE_OUT_DIR: outDir,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(incremental ? { SITE_CACHE_DIR: incremental.cacheDir } : { SITE_INCREMENTAL: '0' }),
};
const onStart = (child: ChildProcess) => (current = child);
const step = <T>(run: Promise<T>) =>
  run.catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });

// The site's modules read SITE_ROOT when first imported (src/data/site-root.ts): imported only now.
process.env.SITE_ROOT = siteRoot;
const { startSharePreviews } = await import('./share-previews.ts');
const { startDownloadFiles } = await import('./download-files.ts');
const besideAstro = [startSharePreviews(), startDownloadFiles()];
const workDir = ownWorkDir();
const preloads = [...BUILD_PRELOADS, ...(incremental ? INCREMENTAL_PRELOADS : [])];
const astroMs = await step(
  runStep('astro build', [...preloads, astroCli, 'build', '--silent', '--root', siteRoot], {
    cwd: workDir,
    env,
    onStart,
  }),
);
for (const made of besideAstro) console.log(`site build: ${await step(made.placeInto(outDir))}`);
if (incremental) {
  const finishStart = performance.now();
  const done = finishIncremental(incremental);
  console.log(`site build: ${done} (recorded in ${secondsSince(finishStart)})`);
}
if (process.env.SITE_PREVIEW === '1') {
  console.log(`site build (preview, no full-text index): astro ${(astroMs / 1000).toFixed(1)} s → ${outDir}`);
} else {
  const indexer = createSearchIndexer();
  const indexed = await indexer.index(outDir).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
  await indexer.close();
  console.log(`site build: astro ${(astroMs / 1000).toFixed(1)} s, ${indexed} → ${outDir}`);
}
if (process.env.SITE_PAGES_FILE) writePagesManifest(process.env.SITE_PAGES_FILE);
