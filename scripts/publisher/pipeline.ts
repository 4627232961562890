// One build: snapshot → astro build + Pagefind → checks → atomic switch →
// prune. Any failing step ends the build; the live site stays as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOWN_REASONS, type BuildRecord, type Snapshot } from '@sdd/shared-types';
import type { CmsClient } from '../snapshot/cms-client.ts';
import { nextSnapshot } from '../snapshot/update-snapshot.ts';
import { writeJsonAtomically } from '../snapshot/write-json-atomically.ts';
import { ChecksFailedError, describeFailure } from './build-failure.ts';
import { allFiles, brokenInternalLinks, linksMissingOnDisk, pathOf, type LinksForLater } from './built-site.ts';
import { sitePagesManifestSchema } from '../../site/src/data/site-pages.ts';
import type { PublisherConfig } from './config.ts';
import type { ChangeLog } from './content-changes.ts';
import type { LastRead } from './read-refresh.ts';
import type { Releases } from './releases.ts';
import { timedOut } from './run-step.ts';
import { createSiteBuilder } from './site-builder.ts';
import type { StatusStore } from './status-store.ts';

/** The site build's manifest of its pages, in the build folder (not served). */
const PAGES_FILE = 'pages.json';

/**
 * The built site holds exactly the pages its manifest names (the site build writes it from the snapshot,
 * site/src/data/site-pages.ts): a page missing means a route dropped entries, one too many a route the
 * manifest does not know. Then no internal link may point to nothing.
 */
export function checkBuiltSite(siteDir: string, manifestFile: string, later?: LinksForLater): number {
  const files = allFiles(siteDir);
  const built = files.filter((f) => f.endsWith('.html')).map((f) => pathOf(siteDir, f));
  const expected = sitePagesManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8'))).pages;
  const [listed, onDisk] = [new Set(expected), new Set(built)];
  const missing = expected.filter((p) => !onDisk.has(p));
  const unlisted = built.filter((p) => !listed.has(p));
  if (missing.length > 0 || unlisted.length > 0)
    throw new ChecksFailedError({ pages: { built: built.length, expected: expected.length, missing, unlisted } });
  const broken = brokenInternalLinks(siteDir, files, later);
  if (broken.length > 0) throw new ChecksFailedError({ brokenLinks: broken });
  return built.length;
}

/** The full-text index's folder: Pagefind writes it after the pages. */
const SEARCH_INDEX_FOLDER = '/pagefind/';

/**
 * The checks, run while Pagefind still builds the index (the warm builder says when the pages are final): the pages
 * now, on the publisher's core while Pagefind works on the other; the links into the index's folder once the build
 * is done. Returns that second part, which gives the page count or throws what either part found.
 */
export function checksWhileIndexing(siteDir: string, manifestFile: string): () => number {
  const later: LinksForLater = { under: SEARCH_INDEX_FOLDER, found: new Map() };
  let pages: number | Error;
  try {
    pages = checkBuiltSite(siteDir, manifestFile, later);
  } catch (error) {
    pages = error as Error;
  }
  return () => {
    if (pages instanceof Error) throw pages;
    const broken = linksMissingOnDisk(siteDir, later);
    if (broken.length > 0) throw new ChecksFailedError({ brokenLinks: broken });
    return pages;
  };
}

/** The first reasons in words, then how many more there were — counted, also past what the scheduler keeps. */
export function shownReasons(reasons: string[], eventCount: number): string[] {
  const more = eventCount - Math.min(reasons.length, SHOWN_REASONS);
  if (more <= 0) return reasons.slice(0, SHOWN_REASONS);
  return [
    ...reasons.slice(0, SHOWN_REASONS),
    `… und ${more.toLocaleString('de-DE')} ${more === 1 ? 'weitere Änderung' : 'weitere Änderungen'}`,
  ];
}

/** A build's id: its UTC start time, sortable. */
export const newId = (now = new Date()) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.(\d+)Z$/, '-$1');

/**
 * `cms(signal)`: a client whose requests end when the step's signal aborts.
 * `stop`: the publisher's shutdown; it ends the running step (its process group).
 */
export function createPipeline(deps: {
  config: PublisherConfig;
  cms: (signal: AbortSignal) => CmsClient;
  releases: Releases;
  status: StatusStore;
  changes: ChangeLog;
  /** The content the last snapshot read: the next one reads only the KPIs published again since (update-snapshot.ts). */
  lastRead: LastRead;
  log: (line: string) => void;
  stop: AbortSignal;
}) {
  const { config, cms, releases, status, changes, lastRead, log } = deps;
  // The live line's cache of rendered pages: kept between builds, never served (docs/publishing.md).
  const cacheDir = join(config.PUBLISHER_STATE_DIR, 'site-cache');
  // Incremental builds go through one long-running builder: after its first build it renders only what changed.
  const siteBuilder = createSiteBuilder({
    env: { ...process.env, SITE_CACHE_DIR: cacheDir },
    incremental: config.PUBLISHER_INCREMENTAL === '1',
    // The step's own timer aborts the signal; this one is only the child's backstop.
    backstopMs: config.PUBLISHER_BUILD_TIMEOUT_MS + 5000,
    log,
  });
  deps.stop.addEventListener('abort', () => siteBuilder.close(), { once: true });

  return async function build(reasons: string[], eventCount = reasons.length): Promise<void> {
    const id = newId();
    const shown = shownReasons(reasons, eventCount);
    const record: BuildRecord = {
      id,
      reasons: shown,
      eventCount,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      outcome: 'running',
      steps: [],
      error: null,
      problems: [],
      pages: null,
    };
    status.setRunning(record);
    // Everything from here on, creating the build folder included, ends as a recorded build.
    let step = 'build folder';
    let dir = '';
    // Each step gets a signal that aborts on the publisher's shutdown or on the step's timeout:
    // the step's work (requests, the child's process group) ends then, instead of running on
    // beside the next build and writing into a folder that prune has removed.
    const timed = async <T>(name: string, work: (signal: AbortSignal) => Promise<T> | T): Promise<T> => {
      step = name;
      const started = performance.now();
      const timeout = new AbortController();
      const signal = AbortSignal.any([deps.stop, timeout.signal]);
      let timer: NodeJS.Timeout | undefined;
      const overdue = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const error = timedOut(config.PUBLISHER_BUILD_TIMEOUT_MS);
          timeout.abort(error);
          reject(error);
        }, config.PUBLISHER_BUILD_TIMEOUT_MS);
      });
      const result = await Promise.race([Promise.resolve().then(() => work(signal)), overdue]).finally(() =>
        clearTimeout(timer),
      );
      record.steps.push({ name, ms: Math.round(performance.now() - started) });
      status.setRunning(record);
      return result;
    };
    try {
      dir = releases.create(id);
      let built: Snapshot | null = null;
      await timed('snapshot', async (signal) => {
        // Taken now: a change recorded from here on is read by the next build's snapshot.
        const taken = changes.take();
        try {
          const read = await nextSnapshot(
            cms(signal),
            lastRead.current,
            taken,
            config.CMS_URL,
            Date.now(),
            config.PUBLISHER_FULL_READ_MS,
          );
          signal.throwIfAborted();
          writeJsonAtomically(join(dir, 'snapshot.json'), read.snapshot);
          if (read.partly) log(`snapshot: ${read.partly}`);
          lastRead.current = read;
          built = read.snapshot;
        } catch (error) {
          changes.giveBack(taken);
          throw error;
        }
      });
      const site = {
        snapshotFile: join(dir, 'snapshot.json'),
        outDir: join(dir, 'site'),
        pagesFile: join(dir, PAGES_FILE),
      };
      // The checks start when the builder says the pages are final, while Pagefind builds the index; their step's time
      // is theirs in all, the part before the build ended included.
      let checksRest: (() => number) | null = null;
      let checkedEarlyMs = 0;
      await timed('astro build + pagefind', (signal) =>
        siteBuilder.build(site, signal, () => {
          const started = performance.now();
          checksRest = checksWhileIndexing(site.outDir, site.pagesFile);
          checkedEarlyMs = performance.now() - started;
        }),
      );
      record.pages = await timed('checks', () => (checksRest ?? (() => checkBuiltSite(site.outDir, site.pagesFile)))());
      record.steps.at(-1)!.ms += Math.round(checkedEarlyMs);
      await timed('switch', () => releases.switchLive(id));
      lastRead.live = built;
      record.outcome = 'success';
      log(
        `build ${id} is live: ${record.pages} pages in ${record.steps.reduce((n, s) => n + s.ms, 0)} ms (${eventCount} events)`,
      );
    } catch (error) {
      record.outcome = 'failure';
      // Editors read the German problems on the admin page; the technical detail goes to the log only.
      const failure = describeFailure(step, error, config.CMS_URL);
      record.error = failure.summary;
      record.problems = failure.problems;
      log(`build ${id} failed in step "${failure.detail}"; the live site is unchanged`);
    } finally {
      record.finishedAt = new Date().toISOString();
      status.finish(record);
      try {
        await releases.prune(config.PUBLISHER_KEEP_BUILDS, status.successfulIds());
      } catch (error) {
        log(`removing old builds failed: ${(error as Error).message}`);
      }
    }
  };
}
