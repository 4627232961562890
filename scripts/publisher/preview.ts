// Wires the draft preview beside the live pipeline: runner (preview-runner.ts),
// build (preview-build.ts), server (preview-server.ts), state under
// PUBLISHER_STATE_DIR/preview. `liveFirst` wraps the live build runner.
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { PublisherConfig } from './config.ts';
import { createPreviewBuild } from './preview-build.ts';
import type { PreviewConfig } from './preview-config.ts';
import { createPreviewRunner, type PreviewState } from './preview-runner.ts';
import { createPreviewServer } from './preview-server.ts';
import { createReleases } from './releases.ts';
import type { BuildRunner } from './scheduler.ts';

export interface Preview {
  url: string;
  server: Server;
  /** A content change: a preview build follows. */
  trigger(): void;
  /** The live build runner, made to stop and hold preview builds while it runs. */
  liveFirst(run: BuildRunner): BuildRunner;
  /** Resolves when no preview build is due or running. */
  idle(): Promise<void>;
  /** Due, running, and the last finished preview build with its step times. */
  state(): PreviewState;
  stop(): Promise<void>;
}

/** `stop`: the publisher's shutdown, which also ends a running preview build. */
export async function startPreview(deps: {
  config: PublisherConfig;
  preview: PreviewConfig;
  liveDue: () => boolean;
  log: (line: string) => void;
  stop: AbortSignal;
}): Promise<Preview> {
  const { config, preview, log } = deps;
  const releases = createReleases(join(config.PUBLISHER_STATE_DIR, 'preview'));
  const runner = createPreviewRunner(createPreviewBuild({ config, preview, releases, log, stop: deps.stop }), {
    debounceMs: preview.debounceMs,
    liveDue: deps.liveDue,
  });
  const server = createPreviewServer({
    secret: config.SDD_WEBHOOK_SECRET,
    siteDir: releases.liveSiteDir,
    state: runner.state,
    trigger: runner.trigger,
    settled: runner.settled,
    waitMs: preview.waitMs,
    frameAncestors: preview.frameAncestors,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(preview.port, preview.host, resolve);
  });
  const url = `http://${preview.host}:${preview.port}`;
  log(`preview of the drafts on ${url} (only through the CMS's signed links)`);
  return {
    url,
    server,
    trigger: runner.trigger,
    liveFirst: (run) => async (reasons, eventCount) => {
      await runner.pause();
      try {
        await run(reasons, eventCount);
      } finally {
        runner.resume();
      }
    },
    idle: () => runner.settled(2 ** 31 - 1), // the longest timer Node allows
    state: runner.state,
    async stop() {
      await runner.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
