// A change of code, config, dependencies or build flags must make the next
// incremental build start from scratch: the fingerprint covers each of them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFingerprint } from '../../../site/scripts/build-fingerprint.ts';
import { prepareIncremental } from '../../../site/scripts/incremental-build.ts';

let repo: string;
afterEach(() => rmSync(repo, { recursive: true, force: true }));

/** A repository with the files the fingerprint reads. */
function fakeRepo(): string {
  repo = mkdtempSync(join(tmpdir(), 'sdd-fingerprint-'));
  for (const dir of ['site/src/pages', 'site/public', 'site/scripts', 'shared-types/dist'])
    mkdirSync(join(repo, dir), { recursive: true });
  const files: Record<string, string> = {
    'site/src/pages/index.astro': '<h1>Start</h1>',
    'site/public/favicon.svg': '<svg/>',
    'site/scripts/build.ts': '// build',
    'site/astro.config.ts': 'export default {}',
    'site/svelte.config.js': 'export default {}',
    'site/package.json': '{}',
    'pnpm-lock.yaml': 'lockfileVersion: 9',
    'shared-types/dist/index.js': 'export {}',
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(repo, path), text);
  return join(repo, 'site');
}

describe('build fingerprint', () => {
  it('changes with code, config, dependencies, the shared types and the flags, and only with them', () => {
    const site = fakeRepo();
    const before = buildFingerprint(site, {});
    expect(buildFingerprint(site, { UNRELATED: 'x', SNAPSHOT_FILE: '/other.json' })).toBe(before);
    const changes: [string, () => void][] = [
      ['a page', () => writeFileSync(join(site, 'src/pages/index.astro'), '<h1>Start!</h1>')],
      ['a new component', () => writeFileSync(join(site, 'src/New.astro'), '<p/>')],
      ['a public file', () => writeFileSync(join(site, 'public/favicon.svg'), '<svg></svg>')],
      ['the Astro config', () => writeFileSync(join(site, 'astro.config.ts'), 'export default { a: 1 }')],
      ['the lockfile', () => writeFileSync(join(repo, 'pnpm-lock.yaml'), 'lockfileVersion: 9.1')],
      ['the shared types', () => writeFileSync(join(repo, 'shared-types/dist/index.js'), 'export const a = 1')],
    ];
    const seen = new Set([before]);
    for (const [what, change] of changes) {
      change();
      const now = buildFingerprint(site, {});
      expect(seen.has(now), what).toBe(false);
      seen.add(now);
    }
    const current = buildFingerprint(site, {});
    expect(buildFingerprint(site, { SITE_URL: 'https://daten.example.org' })).not.toBe(current);
    expect(buildFingerprint(site, { SITE_PREVIEW: '1' })).not.toBe(current);
    expect(buildFingerprint(site, { SITE_PNG_IMAGES: '0' })).not.toBe(current);
  });

  it('decides when an incremental build starts from scratch', () => {
    const site = fakeRepo();
    const cacheDir = join(repo, 'cache');
    const out = join(repo, 'out');
    const prepare = (full = false) => prepareIncremental(site, out, { cacheDir, full }).fullBecause;
    expect(prepare()).toBe('first build with this cache folder');
    // What Astro and finishIncremental leave behind after a build.
    const built = () => {
      writeFileSync(join(cacheDir, 'incremental-build.json'), '{}');
      writeFileSync(join(cacheDir, 'sdd-build-fingerprint.txt'), buildFingerprint(site));
      rmSync(join(cacheDir, 'sdd-build-unfinished'), { force: true });
    };
    built();
    expect(prepare()).toBeNull();
    // Killed before finishIncremental: its cache copies may be newer than the manifest says.
    writeFileSync(join(cacheDir, 'incremental-build.json'), '{}');
    expect(prepare()).toBe('the previous build did not finish');
    built();
    expect(prepare()).toBeNull();
    expect(prepare(true)).toBe('asked for (--full or SITE_FULL_BUILD=1)');
    built();
    writeFileSync(join(site, 'src/pages/index.astro'), '<h1>Neu</h1>');
    expect(prepare()).toBe('code, config, dependencies or flags changed');
    built();
    mkdirSync(out);
    writeFileSync(join(out, 'removed-page.html'), 'old');
    expect(prepare()).toBeNull();
    expect(() => readFileSync(join(out, 'removed-page.html'))).toThrow(); // every build starts in an empty folder
  });

  it('puts the kept pages into the new folder as hard links, or as copies across file systems', () => {
    const site = fakeRepo();
    const cacheDir = join(repo, 'cache-kept');
    mkdirSync(join(cacheDir, 'dist', 'kennzahlen', 'ene-01'), { recursive: true });
    writeFileSync(join(cacheDir, 'dist', 'kennzahlen', 'ene-01', 'index.html'), '<h1>ENE-01</h1>');
    // A copy Astro failed to prune (it only warns): not in its manifest, so no page of the site.
    writeFileSync(join(cacheDir, 'dist', 'stale.html'), 'old');
    const page = (out: string) => join(out, 'kennzahlen', 'ene-01', 'index.html');
    const paths = { '/kennzahlen/ene-01': { cacheKey: 'k', outputFile: 'kennzahlen/ene-01/index.html' } };
    writeFileSync(
      join(cacheDir, 'incremental-build.json'),
      JSON.stringify({ routes: { 'src/pages/kennzahlen/[code].astro': { paths } } }),
    );
    writeFileSync(join(cacheDir, 'sdd-build-fingerprint.txt'), buildFingerprint(site));
    const out = join(repo, 'out-kept');
    expect(prepareIncremental(site, out, { cacheDir, full: false }).fullBecause).toBeNull();
    expect(readFileSync(page(out), 'utf8')).toBe('<h1>ENE-01</h1>');
    expect(statSync(page(out)).nlink).toBe(2);
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
    // /dev/shm is a file system of its own (tmpfs) on Linux, as on this project's machines: a link cannot reach it.
    expect(statSync('/dev/shm').dev).not.toBe(statSync(cacheDir).dev);
    rmSync(join(cacheDir, 'sdd-build-unfinished'));
    const elsewhere = mkdtempSync('/dev/shm/sdd-out-');
    try {
      expect(prepareIncremental(site, elsewhere, { cacheDir, full: false }).fullBecause).toBeNull();
      expect(readFileSync(page(elsewhere), 'utf8')).toBe('<h1>ENE-01</h1>');
      expect(statSync(page(elsewhere)).nlink).toBe(1);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
