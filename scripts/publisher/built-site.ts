// Walks a built site on disk: every file, every HTML page, its internal
// links. Shared by the publisher's checks, the site tests and the benchmark.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileIdentity } from '../../site/scripts/file-identity.ts';

export function allFiles(dir: string): string[] {
  // The entries' types from the directory itself: a stat per file cost a third of the checks of a 17,000-file site.
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const isDirectory = entry.isSymbolicLink() ? statSync(path).isDirectory() : entry.isDirectory();
    return isDirectory ? allFiles(path) : [path];
  });
}

export const htmlPages = (dir: string) => allFiles(dir).filter((f) => f.endsWith('.html'));

/** Site path of a built HTML file: dist/kacheln/x/index.html → /kacheln/x/ */
export const pathOf = (dir: string, file: string) => `/${relative(dir, file).replace(/index\.html$/, '')}`;

/**
 * href and src values that point into the site (start with "/", not "//"), and the path of the page's share preview
 * (`og:image`: an absolute address of the site itself, and a file the build puts beside Astro's, share-previews.ts).
 */
export function internalLinks(html: string): string[] {
  const links = [...html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"#?]*)/g)].map((m) => m[1]!);
  const sharePreview = /<meta property="og:image" content="[a-z]+:\/\/[^/"]+(\/[^"#?]*)"/.exec(html)?.[1];
  return sharePreview ? [...links, sharePreview] : links;
}

export const readText = (file: string) => readFileSync(file, 'utf8');

/** The files a link may mean, relative to the site: a folder's is its index.html (dot segments resolved). */
function filesOfLink(link: string): string[] {
  const path = posix.normalize(link);
  return path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
}

/**
 * Links into a folder that is written after the pages (`under`: the full-text index, `/pagefind/`), when the pages
 * are checked before it exists: each such link with the first page that has it, to be looked up once it is written
 * (`linksMissingOnDisk`).
 */
export interface LinksForLater {
  under: string;
  found: Map<string, string>;
}

/**
 * Internal links of every page that point to nothing in the build, as "page → link". `files`: every file of the
 * build, if the caller has listed them already. A link points to something when the listing holds its file (or, for a
 * folder, its index.html): no look at the disk per link. `later`: see LinksForLater.
 */
export function brokenInternalLinks(dir: string, files = allFiles(dir), later?: LinksForLater): string[] {
  const inBuild = new Set(files.map((file) => `/${relative(dir, file)}`));
  const now: LinksRead = { byIdentity: new Map(), sameLink: new Map() };
  const broken = files
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) =>
      linksOfPage(file, now)
        .filter((link) => {
          if (filesOfLink(link).some((f) => inBuild.has(f))) return false;
          if (!later || !posix.normalize(link).startsWith(later.under)) return true;
          if (!later.found.has(link)) later.found.set(link, pathOf(dir, file));
          return false;
        })
        .map((link) => `${pathOf(dir, file)} → ${link}`),
    );
  linksLastChecked = now.byIdentity;
  return broken;
}

/** The links kept for later (LinksForLater) that still point to nothing, as "page → link". */
export function linksMissingOnDisk(dir: string, later: LinksForLater): string[] {
  const isFile = (file: string) => statSync(join(dir, file), { throwIfNoEntry: false })?.isFile() ?? false;
  return [...later.found]
    .filter(([link]) => !filesOfLink(link).some(isFile))
    .map(([link, page]) => `${page} → ${link}`);
}

/**
 * The internal links of the pages checked last, by file identity (device, inode, size, modification time). A build
 * keeps unchanged pages as hard links to the last build's files: those are not read again — their links are
 * still looked up in the new build. Only the last check's pages are kept, so it never grows past one site.
 */
let linksLastChecked = new Map<string, readonly string[]>();

/** `sameLink`: one string per distinct link, as most pages share most of their links (header, footer, lists). */
interface LinksRead {
  byIdentity: Map<string, readonly string[]>;
  sameLink: Map<string, string>;
}

function linksOfPage(file: string, now: LinksRead): readonly string[] {
  const identity = fileIdentity(file);
  let links = now.byIdentity.get(identity) ?? linksLastChecked.get(identity);
  if (links === undefined) {
    links = internalLinks(readText(file)).map((link) => {
      const known = now.sameLink.get(link);
      if (known !== undefined) return known;
      now.sameLink.set(link, link);
      return link;
    });
  }
  now.byIdentity.set(identity, links);
  return links;
}
