// Live goes first: a live build stops a running preview build and holds the
// next one until it has ended; a preview never runs beside a live build.
// On fake timers: the test moves the clock, so the order of events is exact
// and no bound on wall-clock time is needed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreviewResult } from '../preview-build.ts';
import { createPreviewRunner } from '../preview-runner.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** A preview build taking `ms`; stopped, it ends 5 ms later (the process group takes a moment to die). */
function fakeBuild(ms: number, timeline: string[]) {
  let n = 0;
  return (signal: AbortSignal): Promise<PreviewResult> => {
    const id = `p${++n}`;
    timeline.push(`${id} start`);
    return new Promise((resolve) => {
      const done = (outcome: PreviewResult['outcome']) => {
        timeline.push(`${id} ${outcome}`);
        resolve({ id, outcome, finishedAt: new Date().toISOString(), ms, error: null, steps: [] });
      };
      const timer = setTimeout(() => done('success'), ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        setTimeout(() => done('stopped'), 5);
      });
    });
  };
}

describe('preview runner', () => {
  it('folds a burst of saves into one preview build, after the quiet time', async () => {
    const timeline: string[] = [];
    const runner = createPreviewRunner(fakeBuild(20, timeline), { debounceMs: 30, liveDue: () => false });
    for (let i = 0; i < 10; i++) runner.trigger();
    await advance(29);
    expect(timeline).toEqual([]);
    await advance(1 + 20);
    expect(timeline).toEqual(['p1 start', 'p1 success']);
    expect(runner.state()).toMatchObject({ due: false, running: false, last: { id: 'p1', outcome: 'success' } });
  });

  it('stops a running preview for a live build, and builds it again afterwards', async () => {
    const timeline: string[] = [];
    const runner = createPreviewRunner(fakeBuild(200, timeline), { debounceMs: 10, liveDue: () => false });
    runner.trigger();
    await advance(50);
    expect(runner.state().running).toBe(true);
    const paused = runner.pause(); // a live build starts
    await advance(5);
    await paused;
    timeline.push('live start');
    await advance(1000); // however long the live build takes, no preview runs beside it
    timeline.push('live end');
    runner.resume();
    await advance(200);
    expect(timeline).toEqual(['p1 start', 'p1 stopped', 'live start', 'live end', 'p2 start', 'p2 success']);
  });

  it('waits while a live build is due, and starts no preview during a live build', async () => {
    const timeline: string[] = [];
    let liveDue = true;
    const runner = createPreviewRunner(fakeBuild(20, timeline), { debounceMs: 10, liveDue: () => liveDue });
    runner.trigger();
    await advance(1000);
    expect(timeline).toEqual([]); // live is due: the preview waits
    await runner.pause(); // the live build starts
    liveDue = false;
    runner.trigger(); // a save during the live build
    await advance(1000);
    expect(timeline).toEqual([]);
    runner.resume();
    await advance(20);
    expect(timeline).toEqual(['p1 start', 'p1 success']);
  });

  it('settled() gives up after its timeout while a build runs, not before', async () => {
    const runner = createPreviewRunner(fakeBuild(500, []), { debounceMs: 1, liveDue: () => false });
    runner.trigger();
    await advance(1);
    let settled = false;
    const waiting = runner.settled(50).then(() => (settled = true));
    await advance(49);
    expect(settled).toBe(false);
    await advance(1);
    await waiting;
    expect(runner.state().running).toBe(true);
    const stopping = runner.stop();
    await advance(5);
    await stopping;
    expect(runner.state().running).toBe(false);
  });
});
