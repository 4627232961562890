// How the publisher builds the site: through the warm builder
// (warm-site-builder.ts; incremental, the default) or, with
// PUBLISHER_INCREMENTAL=0, `node site/scripts/build.ts` as a child process per
// build, from scratch and without a cache. The live builds and the draft
// previews each have one.
import { join } from 'node:path';
import { SITE_ROOT } from '../paths.ts';
import type { WarmBuildRequest } from '../../site/scripts/warm-build-worker.ts';
import { runProcess } from './run-step.ts';
import { createWarmSiteBuilder } from './warm-site-builder.ts';

/** The one-build script: Astro, then Pagefind. */
export const SITE_BUILD = join(SITE_ROOT, 'scripts', 'build.ts');

export interface SiteBuilder {
  /**
   * Builds `snapshotFile` into `outDir` (and the page manifest into `pagesFile`); rejects with a StepError.
   * `pagesReady`: called during the build once the pages and the manifest are final, if the builder can tell (the warm
   * builder: while Pagefind builds the index).
   */
  build(request: WarmBuildRequest, signal: AbortSignal, pagesReady?: () => void): Promise<void>;
  /** Ends what the builder keeps running (the publisher stops). */
  close(): void;
}

/**
 * `env`: the builds' environment (SITE_URL, SITE_PREVIEW, the flags; SITE_CACHE_DIR for the warm builder);
 * `backstopMs`: a process per build is killed after this even if the step's signal never aborts.
 */
export function createSiteBuilder(options: {
  env: NodeJS.ProcessEnv;
  incremental: boolean;
  backstopMs: number;
  log: (line: string) => void;
}): SiteBuilder {
  const { env } = options;
  if (options.incremental) return createWarmSiteBuilder({ ...env, SITE_INCREMENTAL: '1' }, options.log);
  return {
    build: (request, signal) =>
      runProcess([SITE_BUILD], {
        cwd: SITE_ROOT,
        env: {
          ...env,
          SNAPSHOT_FILE: request.snapshotFile,
          SITE_OUT_DIR: request.outDir,
          ...(request.pagesFile ? { SITE_PAGES_FILE: request.pagesFile } : {}),
          SITE_INCREMENTAL: '0',
          ...(request.full ? { SITE_FULL_BUILD: '1' } : {}),
        },
        timeoutMs: options.backstopMs,
        signal,
      }),
    close: () => {},
  };
}
