// When preview builds run: after a short quiet time following an event, one
// at a time, and never while a live build runs or waits. `pause()` is called
// when a live build starts: it stops a running preview build (killing its
// process group) and resolves once it has ended, so the live build has the
// machine to itself; `resume()` after the live build starts the preview that
// is then due. So live goes first, and a preview never delays it.
import type { PreviewBuild, PreviewResult } from './preview-build.ts';

export interface PreviewState {
  /** An event arrived that the current preview does not show yet. */
  due: boolean;
  running: boolean;
  last: PreviewResult | null;
  /** When the newest preview build (running or finished) started, Unix ms; 0 before the first. */
  lastStartedAt: number;
}

export function createPreviewRunner(build: PreviewBuild, options: { debounceMs: number; liveDue: () => boolean }) {
  let due = false;
  let paused = false;
  let timer: NodeJS.Timeout | undefined;
  let running: { controller: AbortController; done: Promise<void> } | undefined;
  let last: PreviewResult | null = null;
  let lastStartedAt = 0;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (due || running) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  };

  function arm(ms = options.debounceMs): void {
    clearTimeout(timer);
    timer = setTimeout(start, ms);
  }

  function start(): void {
    timer = undefined;
    // A live build that is due starts soon and resumes the preview when it ends.
    if (paused || running || !due || options.liveDue()) return;
    due = false;
    lastStartedAt = Date.now();
    const controller = new AbortController();
    const done = build(controller.signal)
      .then((result) => {
        if (result.outcome === 'stopped') due = true;
        else last = result;
      })
      .catch((error: unknown) => {
        console.error(`[publisher] preview runner failed: ${(error as Error).message}`);
      })
      .finally(() => {
        running = undefined;
        if (due && !paused) arm(0);
        settle();
      });
    running = { controller, done };
  }

  return {
    /** Records an event: a preview build follows after the quiet time. */
    trigger(): void {
      due = true;
      if (!paused && !running) arm();
    },
    /** A live build starts: stop the preview build, resolve when it has ended. */
    async pause(): Promise<void> {
      paused = true;
      clearTimeout(timer);
      timer = undefined;
      if (!running) return;
      running.controller.abort();
      await running.done;
    },
    /** The live build has ended: the preview that is due may start. */
    resume(): void {
      paused = false;
      if (due && !running) arm(0);
    },
    state(): PreviewState {
      return { due, running: running !== undefined, last, lastStartedAt };
    },
    /** Resolves when no preview build is due or running, or after `timeoutMs`. */
    settled(timeoutMs: number): Promise<void> {
      return new Promise((resolve) => {
        const timeout = setTimeout(resolve, timeoutMs);
        waiters.push(() => {
          clearTimeout(timeout);
          resolve();
        });
        settle();
      });
    },
    /** Stops for good: no new preview builds; resolves when the running one has ended. */
    async stop(): Promise<void> {
      await this.pause();
      due = false;
      settle();
    },
  };
}
