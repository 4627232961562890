// The full-text index (site/scripts/search-index.ts) with the real Pagefind,
// on small sites written here: a kept index given only the changed page makes
// the same files as a new index of the same pages; the left-out folders are
// not read; after a failure the next build starts anew and is right.
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSearchIndexer, indexablePages } from '../../scripts/search-index.ts';

const work = mkdtempSync(join(tmpdir(), 'sdd-search-index-'));
const indexer = createSearchIndexer();
afterAll(async () => {
  await indexer.close();
  rmSync(work, { recursive: true, force: true });
});

const page = (title: string, body: string, searchable = true) =>
  `<!doctype html><html lang="de"><head><title>${title}</title></head><body><main${searchable ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`;

const PAGES: Record<string, string> = {
  'index.html': page('Startseite', 'Kennzahlen der Stadt'),
  'kennzahlen/ene-01/index.html': page('CO₂-Ausstoß', 'Tonnen je Einwohner'),
  'kennzahlen/ene-02/index.html': page('Strom', 'Anteil erneuerbarer Energie'),
  'kennzahlen/mob-01/index.html': page('Radverkehr', 'Anteil der Wege mit dem Rad'),
  'kacheln/radverkehr/index.html': page('Radverkehr', 'Kachel zum Radverkehr'),
  'sitzungen/rat-1/index.html': page('Ratssitzung', 'Tagesordnung'),
  // Left out: no searchable content there.
  'einbetten/kennzahlen/ene-01/index.html': page('CO₂ (eingebettet)', 'Eingebettet', false),
  '404.html': page('Nicht gefunden', 'Seite fehlt', false),
};

/** A site folder of its own per build (as the publisher's), each page a file of its own. */
function site(name: string, pages: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

function indexFiles(dir: string): Map<string, Buffer> {
  const root = join(dir, 'pagefind');
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [relative(root, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]),
  );
}

describe('the full-text index', () => {
  it('reads only the pages that can be in it', () => {
    const dir = site('list', PAGES);
    expect(indexablePages(dir)).toEqual(
      Object.keys(PAGES)
        .filter((p) => !/einbetten|404/.test(p))
        .sort(),
    );
  });

  it('a kept index given the changed page equals a new index of the same pages, unchanged files linked', async () => {
    const first = site('a', PAGES);
    expect(await indexer.index(first)).toMatch(/6 pages read;/);
    const changed = { ...PAGES, 'kennzahlen/ene-02/index.html': page('Strom', 'Windkraft und Sonnenstrom') };
    const second = site('b', changed);
    // The unchanged pages as the same files (a warm build links them): only the changed one is read again.
    for (const path of Object.keys(PAGES).filter((p) => p !== 'kennzahlen/ene-02/index.html')) {
      rmSync(join(second, path));
      linkSync(join(first, path), join(second, path));
    }
    const said = await indexer.index(second);
    expect(said).toMatch(/1 of 6 pages read again/);
    const linked = /(\d+) linked/.exec(said)![1];
    expect(Number(linked)).toBeGreaterThan(0);

    const fresh = createSearchIndexer();
    const third = site('c', changed);
    await fresh.index(third);
    const [kept, made] = [indexFiles(second), indexFiles(third)];
    expect([...kept.keys()].sort()).toEqual([...made.keys()].sort());
    for (const [path, bytes] of kept) expect(bytes.equals(made.get(path)!), path).toBe(true);
    // And the index did change with the page.
    expect(indexFiles(first).get('pagefind-entry.json')!.equals(kept.get('pagefind-entry.json')!)).toBe(false);
    expect(statSync(join(second, 'pagefind', 'pagefind.js')).nlink).toBeGreaterThan(1);
  });

  it('after a failure the next build reads every page again and is right', async () => {
    await expect(indexer.index(join(work, 'missing'))).rejects.toThrow();
    const again = site('d', PAGES);
    expect(await indexer.index(again)).toMatch(/6 pages read; \d+ files, 0 linked/);
    expect(indexFiles(again).size).toBeGreaterThan(5);
  });
});
