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
//   build's walk), and the bytes stay those of a full build. So does a build
//   that changed more than a quarter of the pages (a new day, new settings):
//   Pagefind reads a folder on all cores, single pages on one. An index that
//   missed a page (Pagefind only warns) is not kept, and after any failure
//   the next build starts a new Pagefind process and index.
//   (That the walk's order is the same for the same names holds on ext4, which
//   lists a folder by a hash of the names; file systems that list in creation
//   order give Pagefind another order in every build, full ones included.)
// - The index's files are written synchronously, and a file with the same bytes
//   as in the last build is a hard link to that build's file (no new file:
//   creating files is what costs on this kind of machine). Nothing writes into
//   a file of `pagefind/` after it is made, so a link shares nothing that changes.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { fileIdentity } from './file-identity.ts';

/** Top-level names of the site that hold no page with `data-pagefind-body`: never read for the index. */
export const NOT_INDEXED = ['einbetten', 'suche', 'pagefind', '_astro', '404.html'] as const;
const LANGUAGE = 'de';

/** The top-level folders of the site whose pages can be in the index (the start page is the only page outside). */
function indexedFolders(siteDir: string): string[] {
  const skipped = new Set<string>(NOT_INDEXED);
  return readdirSync(siteDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skipped.has(entry.name))
    .map((entry) => entry.name);
}

/** The site's pages that can be in the index, relative to `siteDir`, as Pagefind's glob below finds them. */
export function indexablePages(siteDir: string): string[] {
  const pages = existsSync(join(siteDir, 'index.html')) ? ['index.html'] : [];
  for (const folder of indexedFolders(siteDir))
    for (const inner of readdirSync(join(siteDir, folder), { recursive: true, withFileTypes: true }))
      if (inner.isFile() && inner.name.endsWith('.html'))
        pages.push(relative(siteDir, join(inner.parentPath, inner.name)));
  return pages.sort();
}

/** Pagefind's glob for the same pages: the start page and the HTML below every folder not left out. */
const indexableGlob = (siteDir: string) => `{index.html,{${indexedFolders(siteDir).join(',')}}/**/*.html}`;

const failIf = (what: string, errors: string[]) => {
  if (errors.length > 0) throw new Error(`site build: Pagefind (${what}): ${errors.join('; ')}`);
};

/**
 * Pagefind's library never settles a request whose service process has died (killed for memory, say): the build
 * would wait for the publisher's timeout (5 min). Each request gets this long; the 10× site needs seconds.
 */
const PAGEFIND_ANSWERS_WITHIN_MS = 120_000;

function answered<T>(what: string, request: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(`site build: Pagefind (${what}) did not answer within ${PAGEFIND_ANSWERS_WITHIN_MS / 1000} s`),
        ),
      PAGEFIND_ANSWERS_WITHIN_MS,
    );
  });
  return Promise.race([request, late]).finally(() => clearTimeout(timer));
}

/**
 * More changed pages than this share of all, and reading the site anew is faster than giving Pagefind the pages one
 * by one: it reads a folder on all cores, a single page on one (a new day or new settings render every page).
 */
const READ_ANEW_ABOVE = 0.25;

type Index = pagefind.PagefindIndex;

/** A new index of the site's pages, read by Pagefind; `complete` if it read every page listed (see below). */
async function newIndex(siteDir: string, pages: readonly string[]): Promise<{ index: Index; complete: boolean }> {
  const { index, errors } = await answered('new index', pagefind.createIndex({ forceLanguage: LANGUAGE }));
  failIf('new index', errors);
  if (!index) throw new Error('site build: Pagefind made no index');
  const added = await answered(
    'reading the pages',
    index.addDirectory({ path: siteDir, glob: indexableGlob(siteDir) }),
  );
  failIf('reading the pages', added.errors);
  // Pagefind only warns about a page it could not read; a kept index would never read it again (its file does not
  // change), so such an index serves this build only.
  return { index, complete: added.page_count === pages.length };
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
    const changed = samePages ? pages.filter((page) => kept!.pages.get(page) !== identities.get(page)) : pages;
    if (!kept || !samePages || changed.length > pages.length * READ_ANEW_ABOVE) {
      const old = kept;
      kept = null;
      await old?.index.deleteIndex();
      const made = await newIndex(siteDir, pages);
      if (made.complete) kept = { index: made.index, pages: identities };
      const note = made.complete ? '' : '; Pagefind could not read every page: not kept';
      return { index: made.index, how: `${pages.length} pages read${note}` };
    }
    // All at once: each is a request to Pagefind's process, and it puts a page of a known address in its place.
    const index = kept.index;
    const added = await Promise.all(
      changed.map((page) =>
        answered(page, index.addHTMLFile({ sourcePath: page, content: readFileSync(join(siteDir, page), 'utf8') })),
      ),
    );
    added.forEach((answer, i) => failIf(changed[i]!, answer.errors));
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
      try {
        const { index, how } = await update(siteDir);
        const read = performance.now();
        const building = answered('building the index', index.getFiles());
        try {
          meanwhile?.();
        } catch (error) {
          await building.catch(() => undefined);
          throw error;
        }
        const result = await building;
        failIf('building the index', result.errors);
        const built = performance.now();
        const linked = writeFiles(siteDir, result.files);
        const s = (from: number, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
        return (
          `pagefind ${s(started)}: reading ${s(started, read)}, building ${s(read, built)}, writing ${s(built)} ` +
          `(${how}; ${result.files.length} files, ${linked} linked to the last build's)`
        );
      } catch (error) {
        // The index may be half updated and the service dead: the next build starts a new service and reads every
        // page, and writes every index file.
        kept = null;
        written = null;
        await pagefind.close();
        throw error;
      }
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
