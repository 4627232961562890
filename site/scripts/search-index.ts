// Pagefind's full-text index of a built site, through Pagefind's Node API
// (its `pagefind` service process) instead of its command line.
//
// Why not the command line: it reads every HTML page (4,642 in the 10× site)
// and writes its 2,459 files through its own thread pool. Measured on the 10×
// site (3 Dec 2026): the command line 4.5 s; the API with only the pages that
// can be in the index 2.5 s; the same index kept by a warm builder, with only
// the changed pages read again, 1.2 s. The files are the same bytes in all
// three ways (the incremental-build test compares them with a full build's).
//
// - Only pages that can be in the index are read: the site marks its searchable
//   content with `data-pagefind-body`, and Pagefind then drops every page
//   without it. The folders in NOT_INDEXED hold no such page (embeds, the
//   search page itself; a site test checks it), so leaving them out changes
//   nothing but the time.
// - A kept index (`createSearchIndexer`, one per warm builder process): when
//   the next build has the same pages, only those whose file changed (another
//   file: a rendered page is a new file, a kept page the same linked one) are
//   given to Pagefind again, which replaces a page of the same address in
//   place. Pagefind numbers pages in the order it first read them, so a build
//   that adds or removes a page starts a new index (the order of a full
//   build's walk), and the bytes stay those of a full build.
// - The index's files are written synchronously, and a file with the same bytes
//   as in the last build is a hard link to that build's file (no new file:
//   creating files is what costs on this kind of machine). Nothing writes into
//   a file of `pagefind/` after it is made, so a link shares nothing that changes.
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';

/** Top-level names of the site that hold no page with `data-pagefind-body`: never read for the index. */
export const NOT_INDEXED = ['einbetten', 'suche', 'pagefind', '_astro', '404.html'] as const;
const LANGUAGE = 'de';

/** The site's pages that can be in the index, relative to `siteDir`, as Pagefind's glob below finds them. */
export function indexablePages(siteDir: string): string[] {
  const skipped = new Set<string>(NOT_INDEXED);
  const pages: string[] = [];
  for (const entry of readdirSync(siteDir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    if (entry.isFile() && entry.name === 'index.html') pages.push(entry.name);
    if (!entry.isDirectory()) continue;
    for (const inner of readdirSync(join(siteDir, entry.name), { recursive: true, withFileTypes: true }))
      if (inner.isFile() && inner.name.endsWith('.html'))
        pages.push(relative(siteDir, join(inner.parentPath, inner.name)));
  }
  return pages.sort();
}

/** Pagefind's glob for the same pages: the start page and the HTML below every folder not left out. */
function indexableGlob(siteDir: string): string {
  const skipped = new Set<string>(NOT_INDEXED);
  const folders = readdirSync(siteDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skipped.has(entry.name))
    .map((entry) => entry.name);
  return `{index.html,{${folders.join(',')}}/**/*.html}`;
}

/** Which file a page is: another file (a new write) means the page may have changed. */
function fileIdentity(path: string): string {
  const stats = lstatSync(path, { bigint: true });
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}`;
}

const failIf = (what: string, errors: string[]) => {
  if (errors.length > 0) throw new Error(`site build: Pagefind (${what}): ${errors.join('; ')}`);
};

type Index = pagefind.PagefindIndex;

async function newIndex(siteDir: string): Promise<Index> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  failIf('new index', errors);
  if (!index) throw new Error('site build: Pagefind made no index');
  const added = await index.addDirectory({ path: siteDir, glob: indexableGlob(siteDir) });
  failIf('reading the pages', added.errors);
  return index;
}

export interface SearchIndexer {
  /**
   * Indexes the site in `siteDir` and writes `siteDir/pagefind/`. Returns what it did, for the build log.
   * `meanwhile`: work of this process done while Pagefind builds the index in its own (about 1 s at 10× the data).
   */
  index(siteDir: string, meanwhile?: () => void): Promise<string>;
  /** Ends Pagefind's service process. */
  close(): Promise<void>;
}

/** An indexer that keeps its index between builds (see above): one per process that builds again and again. */
export function createSearchIndexer(): SearchIndexer {
  let kept: { index: Index; pages: Map<string, string> } | null = null;
  let written: { dir: string; files: Map<string, Buffer> } | null = null;

  async function update(siteDir: string): Promise<{ index: Index; how: string }> {
    const pages = indexablePages(siteDir);
    const identities = new Map(pages.map((page) => [page, fileIdentity(join(siteDir, page))]));
    const samePages = kept && kept.pages.size === pages.length && pages.every((page) => kept!.pages.has(page));
    if (!kept || !samePages) {
      await kept?.index.deleteIndex();
      kept = { index: await newIndex(siteDir), pages: identities };
      return { index: kept.index, how: `${pages.length} pages read` };
    }
    const changed = pages.filter((page) => kept!.pages.get(page) !== identities.get(page));
    for (const page of changed) {
      const added = await kept.index.addHTMLFile({
        sourcePath: page,
        content: readFileSync(join(siteDir, page), 'utf8'),
      });
      failIf(page, added.errors);
    }
    kept.pages = identities;
    return { index: kept.index, how: `${changed.length} of ${pages.length} pages read again` };
  }

  function writeFiles(siteDir: string, files: readonly pagefind.IndexFile[]): number {
    const target = join(siteDir, 'pagefind');
    rmSync(target, { recursive: true, force: true });
    const next = new Map<string, Buffer>();
    let linked = 0;
    for (const file of files) {
      const path = join(target, file.path);
      const bytes = Buffer.from(file.content);
      next.set(file.path, bytes);
      mkdirSync(dirname(path), { recursive: true });
      if (written?.files.get(file.path)?.equals(bytes) && tryLink(join(written.dir, 'pagefind', file.path), path))
        linked++;
      else writeFileSync(path, bytes);
    }
    written = { dir: siteDir, files: next };
    return linked;
  }

  return {
    async index(siteDir, meanwhile) {
      const started = performance.now();
      const { index, how } = await update(siteDir).catch(async (error: unknown) => {
        kept = null; // half an update: the next build reads every page again
        throw error;
      });
      const building = index.getFiles();
      try {
        meanwhile?.();
      } catch (error) {
        await building.catch(() => undefined);
        throw error;
      }
      const result = await building;
      failIf('building the index', result.errors);
      const linked = writeFiles(siteDir, result.files);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      return `pagefind ${seconds} s (${how}; ${result.files.length} files, ${linked} linked to the last build's)`;
    },
    close: () => pagefind.close().then(() => undefined),
  };
}

/** A link from the last build's file, if it is still there (a pruned build is not). */
function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}
