// Wires the publisher together: CMS client, scheduler, pipeline, status, HTTP.
import type { Server } from 'node:http';
import { createCmsClient } from '../snapshot/cms-client.ts';
import { readSnapshot } from '../snapshot/take-snapshot.ts';
import { currentBuildToken } from './build-token.ts';
import { maxWaitMs, type PublisherConfig } from './config.ts';
import { createPublisherServer } from './http-server.ts';
import { createPipeline } from './pipeline.ts';
import { startPreview, type Preview } from './preview.ts';
import type { PreviewConfig } from './preview-config.ts';
import { createChangeLog, republishedKpi } from './content-changes.ts';
import { cannotChangeSite, changesOnlyDrafts } from './preview-events.ts';
import { createDraftSaves } from './draft-saves.ts';
import { eventInWords, noBuildInWords } from './event-words.ts';
import { startReadRefresh, type LastRead } from './read-refresh.ts';
import { createReleases } from './releases.ts';
import { StepError } from './run-step.ts';
import { createScheduler } from './scheduler.ts';
import { createStatusStore } from './status-store.ts';

export interface Publisher {
  server: Server;
  url: string;
  /** Folder of the live site, or null before the first successful build. */
  liveSiteDir(): string | null;
  trigger(reason: string): void;
  /** Resolves when no build runs or waits. */
  idle(): Promise<void>;
  /** The draft preview (preview.ts), when PREVIEW_PORT is set. */
  preview: Preview | null;
  stop(): Promise<void>;
}

export async function startPublisher(
  config: PublisherConfig,
  log: (line: string) => void = (l) => console.log(`[publisher] ${l}`),
  previewConfig: PreviewConfig | null = null,
): Promise<Publisher> {
  const releases = createReleases(config.PUBLISHER_STATE_DIR);
  const status = createStatusStore(config.PUBLISHER_STATE_DIR);
  // Aborted by stop(): ends the steps of this publisher's builds (and only this publisher's).
  const shutdown = new AbortController();
  // A client per build: the token file is reread every time.
  const cms = (signal: AbortSignal) => createCmsClient(config.CMS_URL, currentBuildToken(config), { signal });
  // What the webhooks say changed since the last snapshot: KPIs published again are read alone (content-changes.ts).
  const changes = createChangeLog();
  // Saved drafts listed under "Ohne Neubau", without those that are part of a publication.
  const draftSaves = createDraftSaves(status);
  const lastRead: LastRead = { current: null, live: null };
  const pipeline = createPipeline({ config, cms, releases, status, changes, lastRead, log, stop: shutdown.signal });
  const liveDue = () => scheduler.state().running || scheduler.state().pendingReasons.length > 0;
  const preview = previewConfig
    ? await startPreview({ config, preview: previewConfig, liveDue, log, stop: shutdown.signal })
    : null;
  // Live goes first: a live build stops a running preview build and holds the next one.
  const scheduler = createScheduler(
    preview ? preview.liveFirst(pipeline) : pipeline,
    config.PUBLISHER_DEBOUNCE_MS,
    maxWaitMs(config.PUBLISHER_DEBOUNCE_MS),
  );
  // While nothing is published, everything is read again: publishes after a quiet spell stay fast, and a change that
  // came without its webhook is found and built (read-refresh.ts).
  const readRefresh = startReadRefresh({
    readEverything: (signal) => readSnapshot(cms(signal), config.CMS_URL),
    lastRead,
    idle: () => !liveDue(),
    build: (reason) => scheduler.trigger(reason),
    maxAgeMs: config.PUBLISHER_FULL_READ_MS,
    log,
    stop: shutdown.signal,
  });
  /** Every build asked for goes through here: `kpi` is what changed as content-changes.ts records it. */
  const askForBuild = (reason: string, kpi: string | null) => {
    readRefresh.interrupt();
    changes.record(kpi);
    scheduler.trigger(reason);
  };
  const server = createPublisherServer({
    secret: config.SDD_WEBHOOK_SECRET,
    maxBodyBytes: config.PUBLISHER_MAX_BODY_BYTES,
    trigger: (reason, webhookBody) => {
      askForBuild(reason, webhookBody === undefined ? null : republishedKpi(webhookBody));
      preview?.trigger();
    },
    // Unread, it may have changed anything: the next snapshot reads everything (no build of its own, as before).
    onUnreadWebhook: () => {
      readRefresh.interrupt();
      changes.record(null);
    },
    // A draft saved changes only the preview; media and admin-only events neither; everything else the live site too.
    // Events without a live build are listed in /status with the reason, so an editor sees why nothing was published.
    onWebhook: (body) => {
      if (cannotChangeSite(body)) {
        log(`no build for "${eventInWords(body)}": it cannot change the site`);
        status.recordNoBuild(noBuildInWords(body, 'outside'));
        return { live: false };
      }
      preview?.trigger();
      if (!changesOnlyDrafts(body)) {
        draftSaves.live(body);
        return { live: true };
      }
      draftSaves.draft(body);
      return { live: false };
    },
    status: () => {
      const s = scheduler.state();
      return status.snapshot(releases.liveId(), s.queued, s.pendingCount);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PUBLISHER_PORT, config.PUBLISHER_HOST, resolve);
  });
  const url = `http://${config.PUBLISHER_HOST}:${config.PUBLISHER_PORT}`;
  log(`listening on ${url} (webhook: POST ${url}/hooks/strapi)`);
  return {
    server,
    url,
    liveSiteDir: releases.liveSiteDir,
    trigger: (reason) => askForBuild(reason, null),
    idle: scheduler.idle,
    preview,
    async stop() {
      const building = scheduler.stop();
      const previewing = preview?.stop();
      shutdown.abort(new StepError('the publisher is stopping'));
      // The killed build still records its failure in the state folder: wait for it, so callers may remove the folder.
      await building;
      await previewing;
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
