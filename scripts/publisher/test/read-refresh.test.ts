// Reading everything again while nothing is published (read-refresh.ts), with
// a stand-in read: when it reads, what it keeps, when it builds (published
// content not on the live site, once per content), and that it gives way to a
// publish. Against the real CMS (a change whose webhook was lost is found and
// built) in publisher.int.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotSchema, type Snapshot } from '@sdd/shared-types';
import type { SnapshotRead } from '../../snapshot/take-snapshot.ts';
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
const old = (content = snapshot) => readAt(Date.now() - MAX_AGE_MS * 0.85, content);
/** The snapshot with the first KPI renamed, as a publish whose webhook never came leaves the CMS. */
const renamed = (name: string): Snapshot => {
  const [first, ...rest] = snapshot.kpis;
  return { ...snapshot, generatedAt: new Date().toISOString(), kpis: [{ ...first!, name }, ...rest] };
};
/** As after a build went live: the last read is what the live site shows. */
const builtFrom = (read: SnapshotRead): LastRead => ({ current: read, live: read.snapshot });

const stops: AbortController[] = [];
afterEach(() => stops.splice(0).forEach((s) => s.abort()));

/** A refresher whose read answers `answer()` when the test releases it, with everything it did recorded. */
function refresher(lastRead: LastRead, answer: () => SnapshotRead, opts: { idle?: () => boolean } = {}) {
  const stop = new AbortController();
  stops.push(stop);
  const built: string[] = [];
  const reads: AbortSignal[] = [];
  const logged: string[] = [];
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
    idle: opts.idle ?? (() => true),
    build: (reason) => built.push(reason),
    maxAgeMs: MAX_AGE_MS,
    log: (line) => logged.push(line),
    stop: stop.signal,
  });
  /** Refreshes now and lets the read answer at once. */
  const refreshNow = async () => {
    const done = refresh.refresh();
    waiting.release?.();
    waiting.release = null;
    await done;
  };
  return { refresh, refreshNow, built, reads, logged, release: () => waiting.release?.() };
}

describe('reading everything again while nothing is published', () => {
  it('does not read while the last full read is recent, and reads once it is 80 % of its allowed age old', async () => {
    const lastRead = builtFrom(readAt(Date.now() - MAX_AGE_MS * 0.5));
    const r = refresher(lastRead, () => readAt(Date.now()));
    await r.refreshNow();
    expect(r.reads).toHaveLength(0);
    lastRead.current = old();
    await r.refreshNow();
    expect(r.reads).toHaveLength(1);
  });

  it('keeps the new read and builds nothing when the content is the live site’s', async () => {
    const lastRead = builtFrom(old());
    const fresh = readAt(Date.now(), { ...snapshot, generatedAt: new Date().toISOString() });
    const r = refresher(lastRead, () => fresh);
    await r.refreshNow();
    expect(lastRead.current).toBe(fresh);
    expect(r.built).toEqual([]);
  });

  it('builds, with the reason in words, published content that is not on the live site', async () => {
    const lastRead = builtFrom(old());
    const changed = readAt(Date.now(), renamed('Ohne Meldung geändert'));
    const r = refresher(lastRead, () => changed);
    await r.refreshNow();
    expect(r.built).toEqual([FOUND_BY_REFRESH]);
    // The build's snapshot builds on this read.
    expect(lastRead.current).toBe(changed);
  });

  it('asks once per content: a build of it that failed is not asked for again until the content changes', async () => {
    const lastRead = builtFrom(old());
    let answer = renamed('Erster Stand');
    const r = refresher(lastRead, () => readAt(Date.now(), answer));
    await r.refreshNow();
    expect(r.built).toHaveLength(1);
    // That build failed: the live site is as it was. Found again, the same content is not built again …
    lastRead.current = old(answer);
    await r.refreshNow();
    expect(r.built).toHaveLength(1);
    // … new content is.
    answer = renamed('Zweiter Stand');
    lastRead.current = old(lastRead.current.snapshot);
    await r.refreshNow();
    expect(r.built).toHaveLength(2);
  });

  it('builds what a failed build left off the live site (its snapshot read, the site not switched)', async () => {
    const published = renamed('Veröffentlicht, Bau fehlgeschlagen');
    // The last snapshot read the change; the live site is the one before it.
    const lastRead: LastRead = { current: old(published), live: snapshot };
    const r = refresher(lastRead, () => readAt(Date.now(), published));
    await r.refreshNow();
    expect(r.built).toEqual([FOUND_BY_REFRESH]);
  });

  it('does not read while a build runs or waits', async () => {
    let idle = false;
    const lastRead = builtFrom(old());
    const r = refresher(lastRead, () => readAt(Date.now()), { idle: () => idle });
    await r.refreshNow();
    expect(r.reads).toHaveLength(0);
    idle = true;
    await r.refreshNow();
    expect(r.reads).toHaveLength(1);
  });

  it('gives way to a publish: the read is aborted and its result dropped', async () => {
    const before = old();
    const lastRead = builtFrom(before);
    const r = refresher(lastRead, () => readAt(Date.now(), { ...snapshot, kpis: [] }));
    const done = r.refresh.refresh();
    expect(r.reads).toHaveLength(1);
    r.refresh.interrupt();
    await done;
    expect(r.reads[0]!.aborted).toBe(true);
    expect(lastRead.current).toBe(before);
    expect(r.built).toEqual([]);
  });

  it('drops a read that ended after a build set a newer snapshot', async () => {
    const lastRead = builtFrom(old());
    const byBuild = readAt(Date.now());
    const r = refresher(lastRead, () => readAt(Date.now(), { ...snapshot, kpis: [] }));
    const done = r.refresh.refresh();
    lastRead.current = byBuild;
    r.release();
    await done;
    expect(lastRead.current).toBe(byBuild);
    expect(r.built).toEqual([]);
  });

  it('logs a failed read once, keeps the last one, and logs again after a success', async () => {
    const before = old();
    const lastRead = builtFrom(before);
    let failing = true;
    const r = refresher(lastRead, () => {
      if (failing) throw new Error('CMS nicht erreichbar');
      return readAt(Date.now());
    });
    await r.refreshNow();
    await r.refreshNow();
    expect(lastRead.current).toBe(before);
    expect(r.built).toEqual([]);
    expect(r.logged).toEqual(['reading everything again while idle failed: CMS nicht erreichbar']);
    failing = false;
    await r.refreshNow();
    failing = true;
    lastRead.current = old();
    await r.refreshNow();
    expect(r.logged).toHaveLength(2);
  });
});
