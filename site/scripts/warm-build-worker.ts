// The publisher's warm builder (scripts/publisher/warm-site-builder.ts starts
// it): one process that builds the live site again and again. Its first build
// is a normal incremental build, run in this process (Astro's `build()`), that
// also keeps what the next ones need (astro-warm-state.ts); the next ones render
// only the changed pages with it, without starting Astro and Vite again.
//
// One build at a time, asked for by an IPC message ({ snapshotFile, outDir,
// pagesFile, full }); the answer is { ok: true, log } or { ok: false, error }.
// A build that needs a first build (asked for a full one; code, config or
// dependencies changed; the cache cannot be trusted) is answered with
// { restart: true }: this process exits and the publisher starts a new one,
// which does it, as a second Astro `build()` in one process would import the
// first one's server modules again. After a failed build it exits too.
// Environment: as build.ts (SITE_CACHE_DIR, SITE_URL, the flags).
import { join, resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { z } from 'zod';
import { captureWarmState, keepServerBundle, renderAgain, type WarmState } from './astro-warm-state.ts';
import { ownWorkDir, runPagefind, secondsSince, siteRoot, writePagesManifest } from './build-steps.ts';
import { finishIncremental, linkInto, prepareIncremental } from './incremental-build.ts';
import { startNextBuild } from '../src/lib/per-build.ts';

export const warmBuildRequestSchema = z.object({
  snapshotFile: z.string().min(1),
  outDir: z.string().min(1),
  pagesFile: z.string().min(1).optional(),
  full: z.boolean().default(false),
});
export type WarmBuildRequest = z.input<typeof warmBuildRequestSchema>;
export type WarmBuildAnswer = { ok: true; log: string[] } | { ok: false; error: string } | { restart: true };

const cacheDir = resolve(siteRoot, process.env.SITE_CACHE_DIR ?? 'node_modules/.astro-incremental');
const workDir = ownWorkDir();
const assetsDir = join(workDir, 'assets');
let warm: WarmState | null = null;
/** Why this process cannot build warm (the capture failed): every build then needs a new process. */
let cold: string | null = null;
let builds = 0;

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

async function handle(request: z.output<typeof warmBuildRequestSchema>): Promise<WarmBuildAnswer> {
  const log: string[] = [];
  const started = performance.now();
  if (builds > 0 && (cold || request.full)) return { restart: true };
  // Everything a page module made for the last build is made anew (src/lib/per-build.ts).
  startNextBuild();
  builds++;
  Object.assign(process.env, {
    SITE_ROOT: siteRoot,
    SNAPSHOT_FILE: request.snapshotFile,
    SITE_OUT_DIR: request.outDir,
    SITE_CACHE_DIR: cacheDir,
    SITE_INCREMENTAL: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const incremental = prepareIncremental(siteRoot, request.outDir, { cacheDir, full: request.full });
  if (warm && incremental.fullBecause) return { restart: true };
  // Share previews: only the endpoints that run render theirs (site-images.ts).
  process.env.SITE_REUSING_PAGES = incremental.fullBecause ? '0' : '1';
  const astroStart = performance.now();
  if (warm) {
    linkInto(assetsDir, request.outDir, warm.assetFiles);
    await renderAgain(warm, request.outDir);
    log.push(`site build: warm build in ${secondsSince(astroStart)}`);
  } else {
    log.push(`site build: ${await firstBuild(request.outDir, incremental.linked)} (${secondsSince(astroStart)})`);
  }
  log.push(`site build: ${finishIncremental(incremental)}`);
  const pagefindMs = await runPagefind(request.outDir, process.env);
  log.push(`site build: pagefind ${(pagefindMs / 1000).toFixed(1)} s, all in ${secondsSince(started)}`);
  if (request.pagesFile) writePagesManifest(request.pagesFile);
  return { ok: true, log };
}

let busy = false;
/** Sends the answer; `then`, once it is on its way (an exit right after `send` could lose it). */
const answer = (message: WarmBuildAnswer, then?: () => void) => process.send?.(message, undefined, {}, () => then?.());

process.on('message', (message: unknown) => {
  if (busy) return answer({ ok: false, error: 'a build is already running in this process' });
  const request = warmBuildRequestSchema.safeParse(message);
  if (!request.success) return answer({ ok: false, error: `not a build request: ${request.error.message}` });
  busy = true;
  handle(request.data).then(
    (result) => {
      busy = false;
      answer(result, 'restart' in result ? () => process.exit(0) : undefined);
    },
    // Half a build can leave state behind (Astro's, the page modules'): the next build gets a new process.
    (error: unknown) =>
      answer({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () =>
        process.exit(1),
      ),
  );
});
// The publisher gone (its IPC channel closed): nothing more to build.
process.on('disconnect', () => process.exit(0));
