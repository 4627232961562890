// The publisher's warm builder (scripts/publisher/warm-site-builder.ts starts
// it): one process that builds the site again and again. Its first build is
// a normal incremental build, run in this process (Astro's `build()`), that
// also keeps what the next ones need (astro-warm-state.ts); the next ones
// render only the changed pages with it, without starting Astro and Vite again.
//
// One build at a time, asked for by an IPC message ({ snapshotFile, outDir,
// pagesFile, full }); the answer is { ok: true, log } or { ok: false, error },
// and with a pagesFile { pagesReady: true } comes before it, once the pages are final.
// A build that needs a first build — asked for a full one (also
// SITE_FULL_BUILD=1), code, config or dependencies changed since this process
// started, the cache cannot be trusted — is answered with { restart: true }
// before anything is touched: the publisher ends this process and starts a new
// one, which does it (a second Astro `build()` in one process would import the
// first one's server modules again). The publisher also ends it after a
// failed build: half a build can leave state behind. It ends the process
// itself, after it has read the answer: an exit of the worker's own could
// overtake the answer.
// Environment: as build.ts (SITE_CACHE_DIR, SITE_URL, SITE_PREVIEW, the flags).
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { z } from 'zod';
import { captureWarmState, keepServerBundle, renderAgain, type WarmState } from './astro-warm-state.ts';
import { buildFingerprint } from './build-fingerprint.ts';
import { ownWorkDir, secondsSince, siteRoot, writePagesManifest } from './build-steps.ts';
import { createSearchIndexer } from './search-index.ts';
import {
  finishIncremental,
  fullBuildReason,
  linkInto,
  prepareIncremental,
  stageNextBuild,
} from './incremental-build.ts';
import { startNextBuild } from '../src/lib/per-build.ts';

export const warmBuildRequestSchema = z.object({
  snapshotFile: z.string().min(1),
  outDir: z.string().min(1),
  pagesFile: z.string().min(1).optional(),
  full: z.boolean().default(false),
});
export type WarmBuildRequest = z.input<typeof warmBuildRequestSchema>;
export type WarmBuildAnswer = { ok: true; log: string[] } | { ok: false; error: string } | { restart: true };
/** Sent during a build, before its answer: the pages and their manifest are final (only the full-text index is not). */
export type WarmBuildNews = { pagesReady: true };

const cacheDir = resolve(siteRoot, process.env.SITE_CACHE_DIR ?? 'node_modules/.astro-incremental');
const workDir = ownWorkDir();
const assetsDir = join(workDir, 'assets');
let warm: WarmState | null = null;
/** Why this process cannot build warm (the capture failed): every build then needs a new process. */
let cold: string | null = null;
/** The code this process runs (set at its first build): a build of other code needs a new process. */
let ownFingerprint: string | null = null;
/** Pagefind's index, kept between this process's builds: only changed pages are read again (search-index.ts). */
const searchIndexer = createSearchIndexer();

async function firstBuild(outDir: string, keptPages: readonly string[]): Promise<string> {
  const keepDir = join(workDir, 'server-bundle');
  process.chdir(workDir);
  const captured: { state: WarmState | Error } = { state: new Error('the first build rendered no page') };
  await astroBuild({
    root: siteRoot,
    logLevel: 'error',
    integrations: [captureWarmState({ outDir, keptPages, keepDir, capture: (s) => (captured.state = s) })],
  });
  const { state } = captured;
  if (state instanceof Error) {
    cold = state.message;
    return `first build in this process; no warm builds after it: ${cold}`;
  }
  keepServerBundle(state, keepDir);
  linkInto(outDir, assetsDir, state.assetFiles);
  warm = state;
  return 'first build in this process, the next ones warm';
}

/** Whether this build needs a new process (see above); checked before anything is touched. */
function needsNewProcess(full: boolean, fingerprint: string): boolean {
  if (!ownFingerprint) return false; // nothing built yet: this process does the first build
  if (cold || full) return true;
  return fingerprint !== ownFingerprint || fullBuildReason({ cacheDir, full, fingerprint }) !== null;
}

async function handle(request: z.output<typeof warmBuildRequestSchema>): Promise<WarmBuildAnswer> {
  const log: string[] = [];
  const started = performance.now();
  const full = request.full || process.env.SITE_FULL_BUILD === '1';
  const fingerprint = buildFingerprint(siteRoot);
  if (needsNewProcess(full, fingerprint)) return { restart: true };
  // Everything a page module made for the last build is made anew (src/lib/per-build.ts).
  startNextBuild();
  const outDir = resolve(siteRoot, request.outDir);
  Object.assign(process.env, {
    SITE_ROOT: siteRoot,
    SNAPSHOT_FILE: resolve(siteRoot, request.snapshotFile),
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: cacheDir,
    SITE_INCREMENTAL: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  ownFingerprint ??= fingerprint;
  const prepareStart = performance.now();
  const incremental = prepareIncremental(siteRoot, outDir, { cacheDir, full, fingerprint });
  const how = incremental.staged ? 'linked ahead after the last build' : 'linked now';
  log.push(`site build: ${incremental.linked.length} kept files in place in ${secondsSince(prepareStart)} (${how})`);
  // After SITE_ROOT is set: the site's modules read it when first imported (src/data/site-root.ts).
  const { startSharePreviews } = await import('./share-previews.ts');
  const { startDownloadFiles } = await import('./download-files.ts');
  const besideAstro = [startSharePreviews(), startDownloadFiles()];
  const astroStart = performance.now();
  if (warm) {
    linkInto(assetsDir, outDir, warm.assetFiles);
    await renderAgain(warm, outDir);
    log.push(`site build: warm build in ${secondsSince(astroStart)}`);
  } else {
    log.push(`site build: ${await firstBuild(outDir, incremental.linked)} (${secondsSince(astroStart)})`);
  }
  for (const made of besideAstro) log.push(`site build: ${await made.placeInto(outDir)}`);
  log.push(`site build: ${finishIncremental(incremental)}`);
  // A draft preview has no full-text index (build.ts). The page manifest is written while Pagefind builds its index;
  // then the pages are final, and the publisher is told so: it checks them meanwhile (scripts/publisher/pipeline.ts).
  const { pagesFile } = request;
  const writeManifest = () => pagesFile && writePagesManifest(pagesFile);
  if (process.env.SITE_PREVIEW === '1') writeManifest();
  else
    log.push(
      `site build: ${await searchIndexer.index(outDir, () => {
        writeManifest();
        if (pagesFile) process.send?.({ pagesReady: true } satisfies WarmBuildNews);
      })}`,
    );
  const memory = Math.round(process.memoryUsage().rss / 1_048_576);
  log.push(`site build: all in ${secondsSince(started)}; builder process ${process.pid}: ${memory} MB`);
  return { ok: true, log };
}

/** A staged folder only saves time: when it cannot be made, the next build links the pages itself. */
function stageAhead(buildsIn: string): void {
  try {
    stageNextBuild(cacheDir, buildsIn);
  } catch (error) {
    console.error(`site build: the next build's folder was not made ahead: ${(error as Error).message}`);
  }
}

let busy = false;
const answer = (message: WarmBuildAnswer, then: () => void = () => {}) => process.send?.(message, then);

process.on('message', (message: unknown) => {
  if (busy) return answer({ ok: false, error: 'a build is already running in this process' });
  const request = warmBuildRequestSchema.safeParse(message);
  if (!request.success) return answer({ ok: false, error: `not a build request: ${request.error.message}` });
  busy = true;
  handle(request.data).then(
    (result) => {
      // After a build, once its answer is sent: the next build's folder is linked ahead, in the idle time between
      // builds (incremental-build.ts, stageNextBuild). A request that comes meanwhile waits for it, and uses it.
      // (Should a build start before this runs, its unfinished mark makes this stage nothing.)
      busy = false;
      answer(result, () => {
        if ('ok' in result && result.ok) stageAhead(dirname(resolve(siteRoot, request.data.outDir)));
      });
    },
    (error: unknown) =>
      answer({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
// The publisher gone (its IPC channel closed, also when it was killed): nothing more to build. The whole process
// group ends, a running Pagefind with it, so that nothing writes on into a build folder.
process.on('disconnect', () => {
  rmSync(workDir, { recursive: true, force: true }); // a killed process runs no exit handler
  try {
    process.kill(-process.pid, 'SIGKILL');
  } catch {
    process.exit(0); // not a group leader (started by hand)
  }
});
