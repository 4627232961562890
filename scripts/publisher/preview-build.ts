// One preview build: the drafts as a snapshot (preview token), the same Astro
// site built from it with SITE_PREVIEW=1 (banner, noindex), then an atomic
// switch of `preview/live`. The folder layout and the switch are the live
// site's (releases.ts), under PUBLISHER_STATE_DIR/preview; only the newest
// preview is kept. No page-count or link checks: a preview is for looking,
// and a broken link there is what the editor should see.
import { join } from 'node:path';
import { createCmsClient } from '../snapshot/cms-client.ts';
import { takeSnapshot } from '../snapshot/take-snapshot.ts';
import { writeJsonAtomically } from '../snapshot/write-json-atomically.ts';
import { ROOT, type PublisherConfig } from './config.ts';
import { newId, SITE_BUILD } from './pipeline.ts';
import type { PreviewConfig } from './preview-config.ts';
import type { Releases } from './releases.ts';
import { runProcess, StepError } from './run-step.ts';

export interface PreviewResult {
  id: string;
  outcome: 'success' | 'failure' | 'stopped';
  finishedAt: string;
  ms: number;
  /** For a failure: "<step>: <message>". */
  error: string | null;
}

export type PreviewBuild = (signal: AbortSignal) => Promise<PreviewResult>;

export function createPreviewBuild(deps: { config: PublisherConfig; preview: PreviewConfig; releases: Releases; log: (line: string) => void }): PreviewBuild {
  const { config, preview, releases, log } = deps;
  return async function build(signal) {
    const id = newId();
    const started = performance.now();
    let step = 'build folder';
    const result = (outcome: PreviewResult['outcome'], error: string | null): PreviewResult => ({ id, outcome, finishedAt: new Date().toISOString(), ms: Math.round(performance.now() - started), error });
    try {
      const dir = releases.create(id);
      step = 'snapshot';
      const snapshot = await takeSnapshot(createCmsClient(config.CMS_URL, preview.token(), { drafts: true }), config.CMS_URL);
      if (signal.aborted) throw new StepError('stopped');
      writeJsonAtomically(join(dir, 'snapshot.json'), snapshot);
      step = 'astro build + pagefind';
      await runProcess([SITE_BUILD], {
        cwd: join(ROOT, 'site'),
        env: { ...process.env, SNAPSHOT_FILE: join(dir, 'snapshot.json'), SITE_OUT_DIR: join(dir, 'site'), SITE_PREVIEW: '1' },
        timeoutMs: config.PUBLISHER_BUILD_TIMEOUT_MS,
        signal,
      });
      step = 'switch';
      releases.switchLive(id);
      log(`preview ${id} ready in ${Math.round(performance.now() - started)} ms`);
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
        releases.prune(0, new Set());
      } catch (error) {
        log(`removing old previews failed: ${(error as Error).message}`);
      }
    }
  };
}
