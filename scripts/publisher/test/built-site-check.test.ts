// The publisher's check of a built site against the manifest of pages the
// site build wrote: exactly those pages, and no internal link into nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecksFailedError } from '../build-failure.ts';
import { checkBuiltSite } from '../pipeline.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>, manifest: string[]): { siteDir: string; pagesFile: string } {
  dir = mkdtempSync(join(tmpdir(), 'sdd-check-'));
  const siteDir = join(dir, 'site');
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(siteDir, path)), { recursive: true });
    writeFileSync(join(siteDir, path), html);
  }
  writeFileSync(join(dir, 'pages.json'), JSON.stringify({ pages: manifest }));
  return { siteDir, pagesFile: join(dir, 'pages.json') };
}

const found = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ChecksFailedError) return error.found;
    throw error;
  }
  throw new Error('the check passed');
};

describe('checkBuiltSite', () => {
  it('passes the pages of the manifest, linked among themselves, and counts them', () => {
    const { siteDir, pagesFile } = site(
      { 'index.html': '<a href="/sdg/1/">1</a>', 'sdg/1/index.html': '<a href="/">home</a>', '404.html': '' },
      ['/', '/sdg/1/', '/404.html'],
    );
    expect(checkBuiltSite(siteDir, pagesFile)).toBe(3);
  });

  it('names a page the manifest lists but the build lacks, and one it has beyond the manifest', () => {
    const { siteDir, pagesFile } = site({ 'index.html': '', 'extra/index.html': '' }, ['/', '/sdg/1/']);
    expect(found(() => checkBuiltSite(siteDir, pagesFile))).toEqual({
      pages: { built: 2, expected: 2, missing: ['/sdg/1/'], unlisted: ['/extra/'] },
    });
  });

  it('names a link into nothing', () => {
    const { siteDir, pagesFile } = site({ 'index.html': '<a href="/fehlt/">x</a>' }, ['/']);
    expect(found(() => checkBuiltSite(siteDir, pagesFile))).toEqual({ brokenLinks: ['/ → /fehlt/'] });
  });
});
