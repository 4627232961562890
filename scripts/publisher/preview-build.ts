// One preview build: the drafts as a snapshot (preview token), the same Astro
// site built from it with SITE_PREVIEW=1 (banner, noindex; no Pagefind index,
// an uncompressed open-data ZIP: see docs/publishing.md) by a site builder of
// its own (site-builder.ts: warm, with its own page cache), then an atomic
// switch of `preview/live`. The folder layout and the switch are the live
// site's (releases.ts), under PUBLISHER_STATE_DIR/preview; only the newest
// preview is kept. No page-count or link checks: a preview is for looking,
// and a broken link there is what the editor should see.
import { join } from 'node:path';
import { createCmsClient } from '../snapshot/cms-client.ts';
import { takeSnapshot } from '../snapshot/take-snapshot.ts';
import { writeJsonAtomically } from '../snapshot/write-json-atomically.ts';
import type { PublisherConfig } from './config.ts';
import { newId } from './pipeline.ts';
import type { BuildStep } from '@sdd/shared-types';
import type { PreviewConfig } from './preview-config.ts';
import type { Releases } from './releases.ts';
import { StepError, withTimeout } from './run-step.ts';
import { createSiteBuilder } from './site-builder.ts';

export interface PreviewResult {
  id: string;
  outcome: 'success' | 'failure' | 'stopped';
  finishedAt: string;
  ms: number;
  /** For a failure: "<step>: <message>". */
  error: string | null;
  /** How long each finished step took, in order: where a preview's time goes (scripts/bench/preview.ts prints it). */
  steps: BuildStep[];
}

export type PreviewBuild = (signal: AbortSignal) => Promise<PreviewResult>;

export function createPreviewBuild(deps: {
  config: PublisherConfig;
  preview: PreviewConfig;
  releases: Releases;
  log: (line: string) => void;
  stop: AbortSignal;
}): PreviewBuild {
  const { config, preview, releases, log } = deps;
  // A builder of its own, with a cache of its own: drafts never reach the live site's cache. Incremental as the
  // live builds, so that a saved draft re-renders only its pages.
  const builder = createSiteBuilder({
    env: { ...process.env, SITE_PREVIEW: '1', SITE_CACHE_DIR: join(config.PUBLISHER_STATE_DIR, 'preview-cache') },
    incremental: config.PUBLISHER_INCREMENTAL === '1',
    backstopMs: config.PUBLISHER_BUILD_TIMEOUT_MS + 5000,
    log: () => {},
  });
  deps.stop.addEventListener('abort', () => builder.close(), { once: true });
  return async function build(pause) {
    // Ended by a live build that goes first, or by the publisher stopping.
    const signal = AbortSignal.any([pause, deps.stop]);
    const id = newId();
    const started = performance.now();
    let step = 'build folder';
    const steps: PreviewResult['steps'] = [];
    const result = (outcome: PreviewResult['outcome'], error: string | null): PreviewResult => ({
      id,
      outcome,
      finishedAt: new Date().toISOString(),
      ms: Math.round(performance.now() - started),
      error,
      steps,
    });
    const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
      step = name;
      const stepStarted = performance.now();
      const value = await work();
      steps.push({ name, ms: Math.round(performance.now() - stepStarted) });
      return value;
    };
    try {
      const dir = releases.create(id);
      await timed('snapshot', async () => {
        const snapshot = await takeSnapshot(
          createCmsClient(config.CMS_URL, preview.token(), { drafts: true, signal }),
          config.CMS_URL,
        );
        if (signal.aborted) throw new StepError('stopped');
        writeJsonAtomically(join(dir, 'snapshot.json'), snapshot);
      });
      await timed('astro build', () =>
        withTimeout(signal, config.PUBLISHER_BUILD_TIMEOUT_MS, (stepSignal) =>
          builder.build({ snapshotFile: join(dir, 'snapshot.json'), outDir: join(dir, 'site') }, stepSignal),
        ),
      );
      await timed('switch', () => releases.switchLive(id));
      log(
        `preview ${id} ready in ${Math.round(performance.now() - started)} ms (${steps.map((s) => `${s.name} ${s.ms} ms`).join(', ')})`,
      );
      return result('success', null);
    } catch (error) {
      if (signal.aborted) {
        log(`preview ${id} stopped: a live build goes first`);
        return result('stopped', null);
      }
      log(`preview ${id} failed in step "${step}: ${(error as Error).message}"`);
      return result('failure', `${step}: ${(error as Error).message}`);
    } finally {
      try {
        await releases.prune(0, new Set());
      } catch (error) {
        log(`removing old previews failed: ${(error as Error).message}`);
      }
    }
  };
}
