// Reads all published content again while nothing is published, before the
// last full read is too old to build on (PUBLISHER_FULL_READ_MS). Two gains:
// - a publish after a quiet spell still reads only its KPI (at ten times the
//   demo 0.1 s instead of 1.3 s; docs/publishing.md);
// - published content that is not on the live site is found and built: a
//   change whose webhook was lost or never sent (a database restored or fixed
//   by hand), or one whose build failed after its snapshot. Once per content:
//   a build that fails again is not asked for again until the content changes.
// A webhook or a build by hand interrupts the read: the publish does not wait
// for it, and the read's result is dropped.
import { isDeepStrictEqual } from 'node:util';
import type { Snapshot } from '@sdd/shared-types';
import type { SnapshotRead } from '../snapshot/take-snapshot.ts';

/** The reason shown in the build history when the read found published content that is not on the live site. */
export const FOUND_BY_REFRESH = 'Abgleich mit dem CMS: veröffentlichte Inhalte waren noch nicht auf der Website';

/** The content of a snapshot, without when and from where it was read. */
const content = ({ generatedAt: _at, source: _from, ...rest }: Snapshot) => rest;

/** The last full read is read again once it is this share of its allowed age old: in time, with time to spare. */
const REFRESH_AT_SHARE = 0.8;

export interface LastRead {
  /** What the last snapshot read; the pipeline sets it at every snapshot, this module while nothing is published. */
  current: SnapshotRead | null;
  /** The snapshot of the live site, when this process built it (the pipeline sets it when a build goes live). */
  live: Snapshot | null;
}

export function startReadRefresh(deps: {
  /** Reads all published content (take-snapshot.ts's readSnapshot); its requests end when the signal aborts. */
  readEverything: (signal: AbortSignal) => Promise<SnapshotRead>;
  lastRead: LastRead;
  /** True when no build runs or waits. */
  idle: () => boolean;
  /** Asks for a build, with the reason in words. */
  build: (reason: string) => void;
  /** PUBLISHER_FULL_READ_MS. */
  maxAgeMs: number;
  log: (line: string) => void;
  stop: AbortSignal;
}) {
  const { lastRead } = deps;
  const refreshAfterMs = deps.maxAgeMs * REFRESH_AT_SHARE;
  let reading: AbortController | null = null;
  /** The content this module last asked a build for: asked once, however often it is found again. */
  let askedFor: ReturnType<typeof content> | null = null;
  /** The last failure logged: the same one is not logged at every look. */
  let lastFailure = '';
  // Nothing else may have moved the content on since the read began: no build ran, none was asked for. Changes that
  // wait without a build (a webhook refused unread, a failed snapshot) are read with everything.
  const undisturbed = (last: SnapshotRead, signal: AbortSignal) =>
    !signal.aborted && lastRead.current === last && deps.idle();

  async function refresh(): Promise<void> {
    const last = lastRead.current;
    if (reading || !last || !undisturbed(last, deps.stop) || Date.now() - last.everythingReadAt < refreshAfterMs)
      return;
    const controller = new AbortController();
    reading = controller;
    const signal = AbortSignal.any([controller.signal, deps.stop]);
    try {
      const fresh = await deps.readEverything(signal);
      if (!undisturbed(last, signal)) return;
      lastFailure = '';
      lastRead.current = fresh;
      const now = content(fresh.snapshot);
      const live = lastRead.live && content(lastRead.live);
      if (isDeepStrictEqual(now, live) || isDeepStrictEqual(now, askedFor)) return;
      askedFor = now;
      // The build's snapshot is this read, with the KPIs of any webhook since read again (update-snapshot.ts).
      deps.log("the published content is not the live site's (a webhook lost, or its build failed): building");
      deps.build(FOUND_BY_REFRESH);
    } catch (error) {
      // The CMS down or its content invalid: the next build reads everything and reports it; here it is only logged.
      const message = (error as Error).message;
      if (!signal.aborted && message !== lastFailure)
        deps.log(`reading everything again while idle failed: ${message}`);
      lastFailure = message;
    } finally {
      if (reading === controller) reading = null;
    }
  }

  // Often enough to refresh well before the allowed age: at least every 30 s, at most every second.
  const timer = setInterval(() => void refresh(), Math.max(1000, Math.min(30_000, deps.maxAgeMs / 10)));
  timer.unref();
  deps.stop.addEventListener('abort', () => clearInterval(timer), { once: true });
  return {
    /** A build was asked for: the read now running is dropped. */
    interrupt(): void {
      reading?.abort();
    },
    /** For tests: refresh now if due. */
    refresh,
  };
}
