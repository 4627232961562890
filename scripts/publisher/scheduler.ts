// Turns a stream of publish events into few builds: events within the
// debounce window become one build, at most one build runs, and at most one
// more waits — however many events arrive meanwhile.
/** `reasons`: the first MAX_REASONS events in words; `eventCount`: all of them, counted. */
export type BuildRunner = (reasons: string[], eventCount: number) => Promise<void>;

export interface SchedulerState {
  running: boolean;
  queued: boolean;
  /** Events waiting for the debounce window to close or the running build to end (the first MAX_REASONS). */
  pendingReasons: string[];
  /** How many events wait, also past MAX_REASONS. */
  pendingCount: number;
}

/** Events per build kept for the record; a burst beyond that is only counted. */
const MAX_REASONS = 200;

export function createScheduler(run: BuildRunner, debounceMs: number, maxWaitMs = debounceMs * 10) {
  let timer: NodeJS.Timeout | undefined;
  let firstPendingAt: number | undefined;
  let running: Promise<void> | undefined;
  let pending: string[] = [];
  let pendingCount = 0;
  let idleWaiters: (() => void)[] = [];

  const settleIfIdle = () => {
    if (running || timer || pending.length > 0) return;
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  };

  async function start(): Promise<void> {
    timer = undefined;
    if (running) return; // the finishing build restarts the window
    const reasons = pending;
    const eventCount = pendingCount;
    pending = [];
    pendingCount = 0;
    firstPendingAt = undefined;
    // Build failures are recorded by the runner; anything escaping it is a bug worth a log line.
    running = run(reasons, eventCount).catch((error: unknown) =>
      console.error(`[publisher] build runner failed: ${(error as Error).message}`),
    );
    await running;
    running = undefined;
    if (pending.length > 0) arm();
    settleIfIdle();
  }

  // A steady stream of events must not postpone the build for ever.
  function arm(): void {
    clearTimeout(timer);
    const waited = Date.now() - (firstPendingAt ?? Date.now());
    timer = setTimeout(() => void start(), Math.max(0, Math.min(debounceMs, maxWaitMs - waited)));
  }

  return {
    /**
     * Records an event; the build follows when the window has been quiet for `debounceMs`. An event in the same words
     * as one already waiting is the same change told twice (Strapi sends entry.delete once for the draft and once for
     * the published version of a document): it is counted once.
     */
    trigger(reason: string): void {
      firstPendingAt ??= Date.now();
      if (!pending.includes(reason)) {
        pendingCount++;
        if (pending.length < MAX_REASONS) pending.push(reason);
      }
      if (!running) arm();
    },
    state(): SchedulerState {
      return {
        running: running !== undefined,
        queued: running !== undefined && pending.length > 0,
        pendingReasons: [...pending],
        pendingCount,
      };
    },
    /** Resolves when nothing runs and nothing waits. */
    idle(): Promise<void> {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settleIfIdle();
      });
    },
    /** Drops waiting events; resolves when the running build (if any) has ended. */
    stop(): Promise<void> {
      clearTimeout(timer);
      timer = undefined;
      pending = [];
      pendingCount = 0;
      return running ?? Promise.resolve();
    },
  };
}
