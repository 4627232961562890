// Reading everything again while nothing is published (read-refresh.ts), with
// a stand-in read: when it reads, what it keeps, when it builds, and that it
// gives way to a publish. Against the real CMS (a change whose webhook was
// lost is found and built) in publisher.int.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotSchema, type Snapshot } from '@sdd/shared-types';
import type { SnapshotRead } from '../../snapshot/take-snapshot.ts';
import { createChangeLog } from '../content-changes.ts';
import { FOUND_BY_REFRESH, startReadRefresh, type LastRead } from '../read-refresh.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'site', 'fixtures', 'demo-snapshot.json');
const snapshot: Snapshot = snapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
const MAX_AGE_MS = 60_000;
const readAt = (everythingReadAt: number, content = snapshot): SnapshotRead => ({
  snapshot: content,
  kpiCodes: new Map(),
  everythingReadAt,
});
/** Read long enough ago to be read again (80 % of the allowed age). */
const old = () => readAt(Date.now() - MAX_AGE_MS * 0.85);

const stops: AbortController[] = [];
afterEach(() => stops.splice(0).forEach((s) => s.abort()));

/** A refresher whose read answers `answer()` when the test releases it, with everything it did recorded. */
function refresher(lastRead: LastRead, answer: () => SnapshotRead, opts: { idle?: () => boolean } = {}) {
  const stop = new AbortController();
  stops.push(stop);
  const changes = createChangeLog();
  changes.take(); // as after the first build: nothing pending
  const built: string[] = [];
  const reads: AbortSignal[] = [];
  // The answer of the read now waiting, to be let through by the test.
  const waiting: { release: (() => void) | null } = { release: null };
  const refresh = startReadRefresh({
    readEverything: (signal) => {
      reads.push(signal);
      return new Promise((resolve, reject) => {
        waiting.release = () => {
          try {
            resolve(answer());
          } catch (error) {
            reject(error as Error);
          }
        };
        signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      });
    },
    lastRead,
    changes,
    idle: opts.idle ?? (() => true),
    build: (reason) => built.push(reason),
    maxAgeMs: MAX_AGE_MS,
    log: () => {},
    stop: stop.signal,
  });
  /** Refreshes now and lets the read answer at once. */
  const refreshNow = async () => {
    const done = refresh.refresh();
    waiting.release?.();
    waiting.release = null;
    await done;
  };
  return { refresh, refreshNow, changes, built, reads, release: () => waiting.release?.() };
}

describe('reading everything again while nothing is published', () => {
  it('does not read while the last full read is recent, and reads once it is 80 % of its allowed age old', async () => {
    const lastRead: LastRead = { current: readAt(Date.now() - MAX_AGE_MS * 0.5) };
    const r = refresher(lastRead, () => readAt(Date.now()));
    await r.refreshNow();
    expect(r.reads).toHaveLength(0);
    lastRead.current = old();
    await r.refreshNow();
    expect(r.reads).toHaveLength(1);
  });

  it('keeps the new read and builds nothing when the content is the same', async () => {
    const lastRead: LastRead = { current: old() };
    const fresh = readAt(Date.now(), { ...snapshot, generatedAt: new Date().toISOString() });
    const r = refresher(lastRead, () => fresh);
    await r.refreshNow();
    expect(lastRead.current).toBe(fresh);
    expect(r.built).toEqual([]);
  });

  it('builds, with the reason in words, when the content changed without a webhook; the build reads nothing again', async () => {
    const lastRead: LastRead = { current: old() };
    const [first, ...rest] = snapshot.kpis;
    const changed = readAt(Date.now(), { ...snapshot, kpis: [{ ...first!, name: 'Ohne Meldung geändert' }, ...rest] });
    const r = refresher(lastRead, () => changed);
    await r.refreshNow();
    expect(r.built).toEqual([FOUND_BY_REFRESH]);
    expect(lastRead.current).toBe(changed);
    // What the build's snapshot takes: no KPI to read again, so it is this read.
    expect(r.changes.take()).toEqual(new Set());
  });

  it('does not read while a build runs or waits, or while a change waits for its snapshot', async () => {
    let idle = false;
    const lastRead: LastRead = { current: old() };
    const r = refresher(lastRead, () => readAt(Date.now()), { idle: () => idle });
    await r.refreshNow();
    idle = true;
    r.changes.record('doc-1');
    await r.refreshNow();
    expect(r.reads).toHaveLength(0);
  });

  it('gives way to a publish: the read is aborted and its result dropped', async () => {
    const before = old();
    const lastRead: LastRead = { current: before };
    const r = refresher(lastRead, () => readAt(Date.now(), { ...snapshot, kpis: [] }));
    const done = r.refresh.refresh();
    expect(r.reads).toHaveLength(1);
    r.refresh.interrupt();
    await done;
    expect(r.reads[0]!.aborted).toBe(true);
    expect(lastRead.current).toBe(before);
    expect(r.built).toEqual([]);
  });

  it('drops a read that ended after a build began or set a newer snapshot', async () => {
    const lastRead: LastRead = { current: old() };
    const byBuild = readAt(Date.now());
    const r = refresher(lastRead, () => readAt(Date.now(), { ...snapshot, kpis: [] }));
    const done = r.refresh.refresh();
    lastRead.current = byBuild;
    r.release();
    await done;
    expect(lastRead.current).toBe(byBuild);
    expect(r.built).toEqual([]);
  });

  it('logs a failed read and keeps the last one', async () => {
    const before = old();
    const lastRead: LastRead = { current: before };
    const r = refresher(lastRead, () => {
      throw new Error('CMS nicht erreichbar');
    });
    await r.refreshNow();
    expect(lastRead.current).toBe(before);
    expect(r.built).toEqual([]);
  });
});
