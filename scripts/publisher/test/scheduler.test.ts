// The scheduler's promises, with a fake build that takes a while.
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../scheduler.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function recorder(buildMs: number) {
  const runs: string[][] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const run = async (reasons: string[]) => {
    concurrent++;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    runs.push(reasons);
    await sleep(buildMs);
    concurrent--;
  };
  return { runs, run, max: () => maxConcurrent };
}

describe('build scheduler', () => {
  it('turns a burst into one build', async () => {
    const r = recorder(20);
    const s = createScheduler(r.run, 50);
    for (let i = 0; i < 50; i++) s.trigger(`e${i}`);
    await sleep(10);
    await s.idle();
    expect(r.runs).toHaveLength(1);
    expect(r.runs[0]).toHaveLength(50);
  });

  it('runs one build at a time and queues at most one more', async () => {
    const r = recorder(150);
    const s = createScheduler(r.run, 20);
    s.trigger('first');
    await sleep(60); // the first build is running now
    expect(s.state()).toMatchObject({ running: true, queued: false });
    for (let i = 0; i < 30; i++) s.trigger(`during ${i}`);
    expect(s.state()).toMatchObject({ running: true, queued: true });
    await s.idle();
    expect(r.runs.map((x) => x.length)).toEqual([1, 30]);
    expect(r.max()).toBe(1);
  });

  it('does not postpone the build for ever under a steady stream of events', async () => {
    const r = recorder(5);
    const s = createScheduler(r.run, 40, 120);
    // Events every 15 ms never leave the 40 ms window quiet: only the maximum wait can start builds.
    for (let i = 0; i < 40; i++) {
      s.trigger('tick');
      await sleep(15);
    }
    const duringStream = r.runs.length;
    s.stop();
    expect(duringStream).toBeGreaterThanOrEqual(2);
  });

  it('stop() resolves only after the running build has ended, and drops waiting events', async () => {
    let finish!: () => void;
    const ended: string[] = [];
    const s = createScheduler(async (reasons) => {
      await new Promise<void>((r) => (finish = r));
      ended.push(...reasons);
    }, 5);
    s.trigger('first');
    while (!s.state().running) await sleep(5);
    s.trigger('waiting');
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await sleep(20);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(ended).toEqual(['first']);
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
    await sleep(10);
    await s.idle();
    expect(seen).toEqual([{ reasons: 200, count: 250 }]);
    expect(s.state()).toMatchObject({ pendingCount: 0, pendingReasons: [] });
  });
});
