// The scheduler's promises, on fake timers: each test moves the clock itself
// and ends a build when it says so, so no result depends on how fast the
// machine is (the debounce window and the maximum wait are exact).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from '../scheduler.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** A build runner whose builds end only when the test ends them (`finish()`), or at once with `instant`. */
function recorder(instant = false) {
  const runs: string[][] = [];
  const finishers: (() => void)[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const run = async (reasons: string[]) => {
    concurrent++;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    runs.push(reasons);
    if (!instant) await new Promise<void>((r) => finishers.push(r));
    concurrent--;
  };
  return { runs, run, max: () => maxConcurrent, finish: () => finishers.shift()!() };
}

describe('build scheduler', () => {
  it('turns a burst into one build, once the window has been quiet for the debounce time', async () => {
    const r = recorder(true);
    const s = createScheduler(r.run, 50);
    for (let i = 0; i < 50; i++) s.trigger(`e${i}`);
    await advance(49);
    expect(r.runs).toHaveLength(0);
    await advance(1);
    expect(r.runs).toHaveLength(1);
    expect(r.runs[0]).toHaveLength(50);
    await s.idle();
  });

  it('runs one build at a time and queues at most one more', async () => {
    const r = recorder();
    const s = createScheduler(r.run, 20);
    s.trigger('first');
    await advance(20);
    expect(s.state()).toMatchObject({ running: true, queued: false });
    for (let i = 0; i < 30; i++) s.trigger(`during ${i}`);
    await advance(1000); // however long the first build takes, the second waits for it
    expect(s.state()).toMatchObject({ running: true, queued: true });
    expect(r.runs).toHaveLength(1);
    r.finish();
    await advance(20);
    expect(r.runs.map((x) => x.length)).toEqual([1, 30]);
    r.finish();
    await s.idle();
    expect(r.max()).toBe(1);
  });

  it('does not postpone the build for ever under a steady stream of events', async () => {
    const r = recorder(true);
    const s = createScheduler(r.run, 40, 120);
    // An event every 15 ms never leaves the 40 ms window quiet: only the maximum wait (120 ms) starts builds,
    // so 600 ms of events make exactly 5 builds of 8 events each.
    for (let i = 0; i < 40; i++) {
      s.trigger(`tick ${i}`);
      await advance(15);
    }
    expect(r.runs.map((x) => x.length)).toEqual([8, 8, 8, 8, 8]);
    await s.stop();
  });

  it('stop() resolves only after the running build has ended, and drops waiting events', async () => {
    const r = recorder();
    const s = createScheduler(r.run, 5);
    s.trigger('first');
    await advance(5);
    expect(s.state().running).toBe(true);
    s.trigger('waiting');
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await advance(1000);
    expect(stopped).toBe(false);
    r.finish();
    await stopping;
    await advance(1000);
    expect(r.runs).toEqual([['first']]);
    expect(s.state()).toMatchObject({ running: false, pendingReasons: [] });
  });
});

describe('build scheduler, counting', () => {
  it('counts every event of a burst, also past the reasons it keeps', async () => {
    const seen: { reasons: number; count: number }[] = [];
    const s = createScheduler(async (reasons, count) => {
      seen.push({ reasons: reasons.length, count });
    }, 30);
    for (let i = 0; i < 250; i++) s.trigger(`Kennzahl K-${i} veröffentlicht`);
    expect(s.state()).toMatchObject({ pendingCount: 250 });
    expect(s.state().pendingReasons).toHaveLength(200);
    await advance(30);
    await s.idle();
    expect(seen).toEqual([{ reasons: 200, count: 250 }]);
    expect(s.state()).toMatchObject({ pendingCount: 0, pendingReasons: [] });
  });

  it('counts a change told twice in the same words once (a deleted document: its draft and its published version)', async () => {
    const seen: { reasons: string[]; count: number }[] = [];
    const s = createScheduler(async (reasons, count) => {
      seen.push({ reasons, count });
    }, 30);
    s.trigger('Kachel „Trinkwasser“ gelöscht');
    s.trigger('Kachel „Trinkwasser“ gelöscht');
    s.trigger('Kennzahl K-1 veröffentlicht');
    await advance(30);
    await s.idle();
    expect(seen).toEqual([{ reasons: ['Kachel „Trinkwasser“ gelöscht', 'Kennzahl K-1 veröffentlicht'], count: 2 }]);
    // In the next build's window the same words are a new change.
    s.trigger('Kennzahl K-1 veröffentlicht');
    await advance(30);
    await s.idle();
    expect(seen.at(-1)).toEqual({ reasons: ['Kennzahl K-1 veröffentlicht'], count: 1 });
  });
});
