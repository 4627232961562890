// The next build's folder made ahead (site/scripts/incremental-build.ts,
// stageNextBuild): the next build takes it only if the cache is still in the
// state it was made from; otherwise it links the kept pages itself, and a full
// build throws it away. A cache folder of Astro's shape, built by hand.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { FINGERPRINT_FILE, prepareIncremental, stageNextBuild } from '../../scripts/incremental-build.ts';

const work = mkdtempSync(join(tmpdir(), 'sdd-staged-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cacheDir = join(work, 'cache');
const FILES = ['kennzahlen/ene-01/index.html', 'kennzahlen/ene-01.csv'];
const manifest = (files: string[]) =>
  JSON.stringify({
    routes: { page: { paths: Object.fromEntries(files.map((f) => [`/${f}`, { outputFile: f }])) } },
  });

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  for (const file of FILES) {
    mkdirSync(join(cacheDir, 'dist', file, '..'), { recursive: true });
    writeFileSync(join(cacheDir, 'dist', file), `bytes of ${file}`);
  }
  writeFileSync(join(cacheDir, 'incremental-build.json'), manifest(FILES));
  writeFileSync(join(cacheDir, FINGERPRINT_FILE), 'code');
});

const prepare = (out: string, full = false) =>
  prepareIncremental(work, join(work, out), { cacheDir, full, fingerprint: 'code' });
const sameFile = (a: string, b: string) => statSync(a).ino === statSync(b).ino;

describe('the next build folder made ahead', () => {
  it('is taken by the next build: the kept files are links to their cache copies', () => {
    stageNextBuild(cacheDir, work);
    const build = prepare('next');
    expect(build.staged).toBe(true);
    expect(build.linked.sort()).toEqual([...FILES].sort());
    for (const file of FILES) expect(sameFile(join(work, 'next', file), join(cacheDir, 'dist', file))).toBe(true);
    expect(readFileSync(join(work, 'next', FILES[0]!), 'utf8')).toBe(`bytes of ${FILES[0]}`);
  });

  it('is not taken when the cache changed after it was made; the build links the pages itself', () => {
    stageNextBuild(cacheDir, work);
    // A build in between rendered a page: a new cache copy and manifest (an Astro of another process).
    rmSync(join(cacheDir, 'dist', FILES[1]!));
    writeFileSync(join(cacheDir, 'dist', FILES[1]!), 'new bytes');
    writeFileSync(join(cacheDir, 'incremental-build.json'), `${manifest(FILES)}\n`);
    const build = prepare('next');
    expect(build.staged).toBe(false);
    expect(readFileSync(join(work, 'next', FILES[1]!), 'utf8')).toBe('new bytes');
    expect(sameFile(join(work, 'next', FILES[1]!), join(cacheDir, 'dist', FILES[1]!))).toBe(true);
    expect(() => statSync(join(cacheDir, 'sdd-next-build'))).toThrow();
  });

  it('is not made where the next build folder is on another file system (no rename could move it)', () => {
    stageNextBuild(cacheDir, '/dev/shm');
    expect(() => statSync(join(cacheDir, 'sdd-next-build'))).toThrow();
    expect(prepare('next').staged).toBe(false);
  });

  it('is not made after an unfinished build, and a full build throws it away', () => {
    stageNextBuild(cacheDir, work);
    const full = prepare('full', true);
    expect(full.staged).toBe(false);
    expect(full.linked).toEqual([]);
    expect(() => statSync(join(cacheDir, 'sdd-next-build'))).toThrow();
    // The full build has not finished (its mark is there): nothing is staged from its half-written cache.
    stageNextBuild(cacheDir, work);
    expect(() => statSync(join(cacheDir, 'sdd-next-build'))).toThrow();
  });
});
