// Incremental site builds (site/scripts/incremental-build.ts, Astro's
// experimental incrementalBuild with the keys of site/src/data/cache-keys.ts)
// against full builds of the same snapshot: every file of the output must be
// byte-identical, a changed KPI must re-render the pages that show it (and few
// others), and a change of code or flags must start from scratch. The
// incremental builds go through the publisher's warm builder
// (warm-site-builder.ts, site/scripts/warm-build-worker.ts), as the publisher's
// do: its first build starts Astro, the next ones render again in the same
// process; one goes through `node site/scripts/build.ts` as well. Real builds
// of the demo snapshot with the share previews (PNG; one image cache for all
// builds, as the publisher's builds share one): about 14 builds.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@sdd/shared-types';
import { SITE_ROOT } from '../../paths.ts';
import { SITE_BUILD, type SiteBuilder } from '../site-builder.ts';
import { checksWhileIndexing } from '../pipeline.ts';
import { StepError } from '../run-step.ts';
import { createWarmSiteBuilder } from '../warm-site-builder.ts';
import {
  buildReportSchema,
  FINGERPRINT_FILE,
  REPORT_FILE,
  type BuildReport,
} from '../../../site/scripts/incremental-build.ts';

let work: string;
const cacheDir = () => join(work, 'cache');
const demo = JSON.parse(readFileSync(join(SITE_ROOT, 'fixtures', 'demo-snapshot.json'), 'utf8')) as Snapshot;

function writeSnapshot(name: string, change: (s: Snapshot) => void, generatedAt: string): string {
  const snapshot = structuredClone(demo);
  snapshot.generatedAt = generatedAt;
  change(snapshot);
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

const imageEnv = () => ({ SITE_PNG_IMAGES: '1', SITE_IMAGE_CACHE: join(work, 'images') });
let builder: SiteBuilder;
/** What the builders reported (their log lines). */
const reported: string[] = [];
const newBuilder = (env: Record<string, string> = {}) =>
  createWarmSiteBuilder(
    { ...process.env, ...imageEnv(), SITE_INCREMENTAL: '1', SITE_CACHE_DIR: cacheDir(), ...env },
    (line) => reported.push(line),
  );

/** An incremental build through the warm builder, with the test's cache folder. */
const warmBuild = (
  snapshot: string,
  out: string,
  options: { full?: boolean; signal?: AbortSignal; pagesFile?: string; pagesReady?: () => void } = {},
) =>
  builder.build(
    { snapshotFile: snapshot, outDir: join(work, out), full: options.full, pagesFile: options.pagesFile },
    options.signal ?? new AbortController().signal,
    options.pagesReady,
  );

/** Runs `node site/scripts/build.ts`; `incremental`: with the test's cache folder. */
function build(snapshot: string, out: string, incremental: boolean, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SITE_BUILD], {
      cwd: SITE_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        SNAPSHOT_FILE: snapshot,
        SITE_OUT_DIR: join(work, out),
        ...imageEnv(),
        SITE_INCREMENTAL: incremental ? '1' : '0',
        SITE_CACHE_DIR: incremental ? cacheDir() : join(work, `astro-cache-${out}`),
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`site build failed:\n${output.slice(-3000)}`)),
    );
  });
}

const report = (): BuildReport =>
  buildReportSchema.parse(JSON.parse(readFileSync(join(cacheDir(), REPORT_FILE), 'utf8')));

/** Every file below `dir`, by relative path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const root = join(work, dir);
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [relative(root, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]),
  );
}

/** The files below `dir` that have other names too (hard links). */
function linkedFiles(dir: string): string[] {
  const root = join(work, dir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && statSync(join(e.parentPath, e.name)).nlink > 1)
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** The paths whose bytes differ (or exist on one side only). */
function differing(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p)?.equals(b.get(p) ?? Buffer.alloc(0)) || !b.has(p)).sort();
}

const KPI = 'ENE-01';
const raiseLastValue = (s: Snapshot) => {
  const kpi = s.kpis.find((k) => k.code === KPI)!;
  // The city's own series (not a comparison): its latest value is the headline figure of the page and the preview.
  const last = kpi.observations.findLast((o) => o.series === null)!;
  last.value = (last.value ?? 0) + 1.5;
};

describe('incremental site builds', { timeout: 900_000 }, () => {
  let first: Map<string, Buffer>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'sdd-incremental-'));
    mkdirSync(cacheDir());
    builder = newBuilder();
    // The first build with an empty cache renders everything.
    await warmBuild(
      writeSnapshot('a', () => {}, '2026-03-03T08:00:00.000Z'),
      'inc-a',
    );
    expect(report()).toMatchObject({ full: true, fullBecause: 'first build with this cache folder' });
    first = files('inc-a');
    // Astro's cache copy of each rendered page is a link to the page, not a second write (link-cache-copies.ts).
    expect(linkedFiles(join('cache', 'dist')).length).toBe(report().keyed);
  }, 900_000);

  afterAll(() => {
    builder.close();
    rmSync(work, { recursive: true, force: true });
  }, 120_000);

  it('re-renders the pages that show a changed KPI value, and the result equals a full build', async () => {
    const b = writeSnapshot('b', raiseLastValue, '2026-03-03T09:30:00.000Z');
    reported.length = 0;
    // As the publisher asks: with the page manifest, and its checks started when the builder says the pages are final
    // — before Pagefind has written the index.
    const pagesFile = join(work, 'inc-b.pages.json');
    let checksRest: (() => number) | null = null;
    let indexThen = true;
    await warmBuild(b, 'inc-b', {
      pagesFile,
      pagesReady: () => {
        indexThen = existsSync(join(work, 'inc-b', 'pagefind'));
        checksRest = checksWhileIndexing(join(work, 'inc-b'), pagesFile);
      },
    });
    expect(indexThen).toBe(false);
    expect(checksRest).not.toBeNull();
    expect(checksRest!()).toBe(JSON.parse(readFileSync(pagesFile, 'utf8')).pages.length);
    const incremental = report();
    expect(incremental.full).toBe(false);
    // Rendered in the builder process of the first build, without starting Astro again.
    expect(reported.join('\n')).toContain('warm build in');
    // Its kept pages were linked into a folder ahead, after the first build (stageNextBuild).
    expect(reported.join('\n')).toContain('kept files in place in');
    expect(reported.join('\n')).toContain('(linked ahead after the last build)');
    // Pagefind's index kept from the first build: only the pages that are other files now are read again
    // (search-index.ts), and the index files that did not change are links to the first build's.
    const pagefind = /pagefind .* \((\d+) of (\d+) pages read again; (\d+) files, (\d+) linked/.exec(
      reported.join('\n'),
    );
    expect(pagefind, reported.join('\n')).not.toBeNull();
    const [reread, indexable, indexFiles, linked] = pagefind!.slice(1).map(Number);
    expect(reread).toBeGreaterThan(0);
    expect(reread).toBeLessThan(indexable! / 10);
    expect(linked).toBeGreaterThan(indexFiles! / 2);
    await build(b, 'full-b', false);
    const inc = files('inc-b');
    const full = files('full-b');
    expect([...inc.keys()].sort()).toEqual([...full.keys()].sort());
    expect(differing(inc, full)).toEqual([]);
    // Which keyed files the change really altered (full A against full B) must all have been rendered again.
    const keyed = new Set(
      readdirSync(join(cacheDir(), 'dist'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(join(cacheDir(), 'dist'), join(e.parentPath, e.name))),
    );
    const changed = differing(first, full).filter((p) => keyed.has(p));
    expect(changed).toContain(`kennzahlen/${KPI.toLowerCase()}/index.html`);
    // Its share preview shows the new figure, in the incremental build as in the full one (share-previews.ts, beside
    // Astro: no keyed file, compared with the others above).
    expect(differing(first, inc)).toContain(`kennzahlen/${KPI.toLowerCase()}.vorschau.png`);
    // So do its download files (download-files.ts, beside Astro too); the warm builder made again only the files of
    // the changed KPI and its tiles, not all 800.
    expect(differing(first, inc)).toContain(`kennzahlen/${KPI.toLowerCase()}.csv`);
    const downloads = /download files: (\d+) \((\d+) made, (\d+) as in the last build\)/.exec(reported.join('\n'));
    expect(downloads, reported.join('\n')).not.toBeNull();
    expect(Number(downloads![2])).toBeGreaterThan(0);
    expect(Number(downloads![2])).toBeLessThan(20);
    for (const path of changed) expect(incremental.renderedFiles).toContain(path);
    console.log(
      `KPI ${KPI} changed: ${changed.length} keyed files differ from the previous build, ` +
        `${incremental.rendered} of ${incremental.keyed} rendered: ${incremental.renderedFiles.join(', ')}`,
    );
    // The KPI's own files, its tiles, SDG and field pages and sessions — not the site.
    expect(incremental.rendered).toBeLessThanOrEqual(changed.length + 10);
  });

  it('equals a full build after changes of tiles, bodies, sessions, pages and the settings', async () => {
    const c = writeSnapshot(
      'c',
      (s) => {
        raiseLastValue(s);
        s.tiles[3]!.title = 'Umbenannte Kachel';
        s.bodies[0]!.name = 'Umbenanntes Gremium';
        s.meetings[0]!.title = 'Umbenannte Sitzung';
        s.pages[0]!.title = 'Umbenannte Seite';
        s.actionFields[0]!.name = 'Umbenanntes Handlungsfeld';
      },
      '2026-03-03T10:00:00.000Z',
    );
    // inc-b kept most pages as hard links to the cache copies; c changes what every page shows, so this build renders
    // all of them again, cache copies included. Each must become a file of its own and leave inc-b (the live build,
    // for the publisher) as it was.
    expect(linkedFiles('inc-b').length).toBeGreaterThan(1000);
    const earlier = files('inc-b');
    reported.length = 0;
    await warmBuild(c, 'inc-c');
    expect(report().full).toBe(false);
    // Every page changed: Pagefind reads the folder anew (on all cores) instead of page by page (search-index.ts).
    expect(reported.join('\n')).toMatch(/pagefind .* \(\d+ pages read; /);
    await build(c, 'full-c', false);
    expect(differing(files('inc-c'), files('full-c'))).toEqual([]);
    expect(differing(files('inc-b'), earlier)).toEqual([]);
    const d = writeSnapshot('d', (s) => (s.settings.cityName = 'Neustadt'), '2026-03-03T10:30:00.000Z');
    await warmBuild(d, 'inc-d');
    expect(report().rendered).toBe(report().keyed); // every page shows the city
    await build(d, 'full-d', false);
    expect(differing(files('inc-d'), files('full-d'))).toEqual([]);
  });

  it('leaves out the files of removed tiles and sessions, as a full build does', async () => {
    const gone = { tile: demo.tiles[5]!.slug, meeting: demo.meetings[0]!.slug };
    const e = writeSnapshot(
      'e',
      (s) => {
        s.settings.cityName = 'Neustadt'; // as in d: only the removals differ
        s.tiles = s.tiles.filter((t) => t.slug !== gone.tile);
        s.meetings = s.meetings.filter((m) => m.slug !== gone.meeting);
      },
      '2026-03-03T10:45:00.000Z',
    );
    reported.length = 0;
    await warmBuild(e, 'inc-g');
    expect(report().full).toBe(false);
    expect(linkedFiles('inc-g').length).toBeGreaterThan(1000);
    await build(e, 'full-g', false);
    const inc = files('inc-g');
    expect(differing(inc, files('full-g'))).toEqual([]);
    expect([...inc.keys()].filter((p) => p.includes(gone.tile) || p.includes(gone.meeting))).toEqual([]);
    // No folder of a removed page is left behind empty.
    expect(existsSync(join(work, 'inc-g', 'kacheln', gone.tile))).toBe(false);
  });

  it('a failed build ends its builder process; the next one starts a new process and builds right', async () => {
    const broken = join(work, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...demo, kpis: 'keine Liste' }));
    await expect(warmBuild(broken, 'inc-x')).rejects.toThrow(/broken\.json/);
    // Astro may have updated cache copies before it failed: the next build renders everything.
    await warmBuild(join(work, 'e.json'), 'inc-h');
    expect(report()).toMatchObject({ full: true, fullBecause: 'the previous build did not finish' });
    expect(differing(files('inc-h'), files('full-g'))).toEqual([]);
  });

  it('a stopped build (timeout, shutdown) ends at once; the next one builds right', async () => {
    const stop = new AbortController();
    const running = warmBuild(join(work, 'e.json'), 'inc-i', { signal: stop.signal });
    stop.abort(new StepError('stopped after 1 s (PUBLISHER_BUILD_TIMEOUT_MS)'));
    await expect(running).rejects.toThrow('stopped after 1 s (PUBLISHER_BUILD_TIMEOUT_MS)');
    await warmBuild(join(work, 'e.json'), 'inc-j');
    expect(differing(files('inc-j'), files('full-g'))).toEqual([]);
  });

  it('a build for other code than its process runs gets a new process, which renders everything', async () => {
    await warmBuild(join(work, 'e.json'), 'inc-m');
    const pid = /builder process (\d+)/.exec(reported.at(-1) ?? '')?.[1];
    expect(pid).toBeDefined();
    // As if the site had been deployed anew and built once by hand: the cache records other code.
    writeFileSync(join(cacheDir(), FINGERPRINT_FILE), 'other code');
    reported.length = 0;
    await warmBuild(join(work, 'e.json'), 'inc-n');
    expect(report()).toMatchObject({ full: true, fullBecause: 'code, config, dependencies or flags changed' });
    expect(reported.join('\n')).toContain('first build in this process');
    expect(differing(files('inc-n'), files('full-g'))).toEqual([]);
    // The old process was ended, its working folder (server bundle, assets) removed with it.
    expect(existsSync(join(SITE_ROOT, '.builds', pid!))).toBe(false);
  });

  it('node site/scripts/build.ts builds incrementally from the same cache', async () => {
    await build(join(work, 'e.json'), 'inc-k', true);
    expect(report().full).toBe(false);
    expect(differing(files('inc-k'), files('full-g'))).toEqual([]);
  });

  it('starts from scratch when the build flags change or when asked', async () => {
    const d = join(work, 'd.json');
    // A closed builder (the publisher stops) ends by itself, its working folder removed.
    const pid = [...reported]
      .reverse()
      .map((line) => /builder process (\d+)/.exec(line)?.[1])
      .find(Boolean);
    builder.close();
    await expect.poll(() => existsSync(join(SITE_ROOT, '.builds', pid!)), { timeout: 10_000 }).toBe(false);
    builder = newBuilder({ SITE_URL: 'https://daten.example.org' });
    await warmBuild(d, 'inc-e');
    expect(report()).toMatchObject({ full: true, fullBecause: 'code, config, dependencies or flags changed' });
    // Asked for by the publisher (a new builder process), by its environment, or on the command line.
    await warmBuild(d, 'inc-f', { full: true });
    expect(report()).toMatchObject({ full: true, fullBecause: 'asked for (--full or SITE_FULL_BUILD=1)' });
    builder.close();
    builder = newBuilder({ SITE_URL: 'https://daten.example.org', SITE_FULL_BUILD: '1' });
    for (const out of ['inc-o', 'inc-p']) {
      await warmBuild(d, out);
      expect(report()).toMatchObject({ full: true, fullBecause: 'asked for (--full or SITE_FULL_BUILD=1)' });
    }
    await build(d, 'inc-l', true, { SITE_URL: 'https://daten.example.org', SITE_FULL_BUILD: '1' });
    expect(report()).toMatchObject({ full: true, fullBecause: 'asked for (--full or SITE_FULL_BUILD=1)' });
  });
});
