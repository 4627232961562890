// The publisher's check of a built site against the manifest of pages the
// site build wrote: exactly those pages, and no internal link into nothing.
import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecksFailedError } from '../build-failure.ts';
import { checkBuiltSite, checksWhileIndexing } from '../pipeline.ts';

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

  it("names a page's share preview (og:image) the build lacks", () => {
    const meta = (path: string) => `<meta property="og:image" content="https://stadt.example${path}">`;
    const { siteDir, pagesFile } = site(
      {
        'index.html': meta('/vorschau.png'),
        'vorschau.png': 'PNG',
        'kennzahlen/kli-01/index.html': meta('/kennzahlen/kli-01.vorschau.png'),
      },
      ['/', '/kennzahlen/kli-01/'],
    );
    expect(found(() => checkBuiltSite(siteDir, pagesFile))).toEqual({
      brokenLinks: ['/kennzahlen/kli-01/ → /kennzahlen/kli-01.vorschau.png'],
    });
  });

  it('finds files, folders with their index.html and links with dot segments; a folder without index.html is nothing', () => {
    const { siteDir, pagesFile } = site(
      {
        'index.html':
          '<a href="/sdg/1">a</a><a href="/daten/alle.csv">b</a><a href="/sdg/x/../1/">c</a><img src="/bilder/">',
        'sdg/1/index.html': '',
        'daten/alle.csv': '',
        'bilder/logo.svg': '',
      },
      ['/', '/sdg/1/'],
    );
    expect(found(() => checkBuiltSite(siteDir, pagesFile))).toEqual({ brokenLinks: ['/ → /bilder/'] });
  });

  it('still finds a link into nothing in a page kept from the last build (the same file, read once)', () => {
    const { siteDir, pagesFile } = site({ 'index.html': '<a href="/sdg/1/">1</a>', 'sdg/1/index.html': '' }, [
      '/',
      '/sdg/1/',
    ]);
    expect(checkBuiltSite(siteDir, pagesFile)).toBe(2);
    // The next build keeps the start page as a hard link to this one's, and no longer has /sdg/1/.
    const next = join(dir, 'next');
    mkdirSync(next);
    linkSync(join(siteDir, 'index.html'), join(next, 'index.html'));
    writeFileSync(join(dir, 'next-pages.json'), JSON.stringify({ pages: ['/'] }));
    expect(found(() => checkBuiltSite(next, join(dir, 'next-pages.json')))).toEqual({
      brokenLinks: ['/ → /sdg/1/'],
    });
  });

  describe('while Pagefind still builds the index (the warm builder says the pages are final)', () => {
    const searchPage = {
      'suche/index.html': '<link href="/pagefind/pagefind-ui.css"><a href="/">x</a>',
      'index.html': '',
    };

    it('checks the pages first and the links into /pagefind/ once the index is written', () => {
      const { siteDir, pagesFile } = site(searchPage, ['/', '/suche/']);
      const rest = checksWhileIndexing(siteDir, pagesFile);
      mkdirSync(join(siteDir, 'pagefind'));
      writeFileSync(join(siteDir, 'pagefind', 'pagefind-ui.css'), '');
      expect(rest()).toBe(2);
    });

    it('names a link into /pagefind/ that the index did not write', () => {
      const { siteDir, pagesFile } = site(searchPage, ['/', '/suche/']);
      const rest = checksWhileIndexing(siteDir, pagesFile);
      expect(found(rest)).toEqual({ brokenLinks: ['/suche/ → /pagefind/pagefind-ui.css'] });
    });

    it('reports what the pages lack when the build is done, not before', () => {
      const { siteDir, pagesFile } = site({ ...searchPage, 'index.html': '<a href="/fehlt/">x</a>' }, ['/', '/suche/']);
      const rest = checksWhileIndexing(siteDir, pagesFile);
      expect(found(rest)).toEqual({ brokenLinks: ['/ → /fehlt/'] });
    });
  });
});
