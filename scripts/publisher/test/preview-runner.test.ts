// Live goes first: a live build stops a running preview build and holds the
// next one until it has ended; a preview never runs beside a live build.
import { describe, expect, it } from 'vitest';
import type { PreviewResult } from '../preview-build.ts';
import { createPreviewRunner } from '../preview-runner.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
        setTimeout(() => done('stopped'), 5); // the process group takes a moment to die
      });
    });
  };
}

describe('preview runner', () => {
  it('folds a burst of saves into one preview build', async () => {
    const timeline: string[] = [];
    const runner = createPreviewRunner(fakeBuild(20, timeline), { debounceMs: 30, liveDue: () => false });
    for (let i = 0; i < 10; i++) runner.trigger();
    await sleep(5);
    await runner.settled(5000);
    expect(timeline).toEqual(['p1 start', 'p1 success']);
    expect(runner.state()).toMatchObject({ due: false, running: false, last: { id: 'p1', outcome: 'success' } });
  });

  it('stops a running preview for a live build, and builds it again afterwards', async () => {
    const timeline: string[] = [];
    const runner = createPreviewRunner(fakeBuild(200, timeline), { debounceMs: 10, liveDue: () => false });
    runner.trigger();
    await sleep(50); // p1 is running
    const live = async () => {
      await runner.pause();
      timeline.push('live start');
      await sleep(50);
      timeline.push('live end');
      runner.resume();
    };
    await live();
    await runner.settled(5000);
    expect(timeline).toEqual(['p1 start', 'p1 stopped', 'live start', 'live end', 'p2 start', 'p2 success']);
  });

  it('waits while a live build is due, and starts no preview during a live build', async () => {
    const timeline: string[] = [];
    let liveDue = true;
    const runner = createPreviewRunner(fakeBuild(20, timeline), { debounceMs: 10, liveDue: () => liveDue });
    runner.trigger();
    await sleep(60);
    expect(timeline).toEqual([]); // live is due: the preview waits
    await runner.pause(); // the live build starts
    liveDue = false;
    runner.trigger(); // a save during the live build
    await sleep(60);
    expect(timeline).toEqual([]);
    runner.resume();
    await runner.settled(5000);
    expect(timeline).toEqual(['p1 start', 'p1 success']);
  });

  it('settled() gives up after its timeout while a build runs', async () => {
    const runner = createPreviewRunner(fakeBuild(500, []), { debounceMs: 1, liveDue: () => false });
    runner.trigger();
    await sleep(20);
    const started = Date.now();
    await runner.settled(50);
    expect(Date.now() - started).toBeLessThan(400);
    expect(runner.state().running).toBe(true);
    await runner.stop();
  });
});
