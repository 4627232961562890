// Reads all published content again while nothing is published, before the
// last full read is too old to build on (PUBLISHER_FULL_READ_MS). Two gains:
// - a publish after a quiet spell still reads only its KPI (at ten times the
//   demo 0.1 s instead of 1.3 s; docs/publishing.md);
// - a change that came without its webhook (one lost, a database restored or
//   fixed by hand) is found: the content differs from the last snapshot, and
//   a build publishes it.
// A webhook or a build by hand interrupts the read: the publish does not wait
// for it, and the read's result is dropped.
import { isDeepStrictEqual } from 'node:util';
import type { Snapshot } from '@sdd/shared-types';
import type { SnapshotRead } from '../snapshot/take-snapshot.ts';
import type { ChangeLog } from './content-changes.ts';

/** The reason shown in the build history when the read found a change no webhook had told of. */
export const FOUND_BY_REFRESH = 'Abgleich mit dem CMS: veröffentlichte Inhalte hatten sich ohne Meldung geändert';

/** The content of a snapshot, without when and from where it was read. */
const content = ({ generatedAt: _at, source: _from, ...rest }: Snapshot) => rest;

/** The last full read is read again once it is this share of its allowed age old: in time, with time to spare. */
const REFRESH_AT_SHARE = 0.8;

export interface LastRead {
  /** What the last snapshot read; the pipeline sets it at every snapshot, this module while nothing is published. */
  current: SnapshotRead | null;
}

export function startReadRefresh(deps: {
  /** Reads all published content (take-snapshot.ts's readSnapshot); its requests end when the signal aborts. */
  readEverything: (signal: AbortSignal) => Promise<SnapshotRead>;
  lastRead: LastRead;
  changes: ChangeLog;
  /** True when no build runs or waits. */
  idle: () => boolean;
  /** Asks for a build, with the reason in words. */
  build: (reason: string) => void;
  /** PUBLISHER_FULL_READ_MS. */
  maxAgeMs: number;
  log: (line: string) => void;
  stop: AbortSignal;
}) {
  const { lastRead, changes } = deps;
  const refreshAfterMs = deps.maxAgeMs * REFRESH_AT_SHARE;
  let reading: AbortController | null = null;
  // Nothing else may have moved the content on since the read began.
  const undisturbed = (last: SnapshotRead, signal: AbortSignal) =>
    !signal.aborted && lastRead.current === last && deps.idle() && changes.nothingPending();

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
      lastRead.current = fresh;
      if (isDeepStrictEqual(content(fresh.snapshot), content(last.snapshot))) return;
      // The build's snapshot is this read: no change is pending, so it reads no KPI again (update-snapshot.ts).
      deps.log('the published content differs from the last snapshot without a webhook telling of it: building');
      deps.build(FOUND_BY_REFRESH);
    } catch (error) {
      // The CMS down or its content invalid: the next build reads everything and reports it; here it is only logged.
      if (!signal.aborted) deps.log(`reading everything again while idle failed: ${(error as Error).message}`);
    } finally {
      if (reading === controller) reading = null;
    }
  }

  // Often enough to refresh well before the allowed age; never more than twice a minute.
  const timer = setInterval(() => void refresh(), Math.min(30_000, deps.maxAgeMs / 10));
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
