// Walks a built site on disk: every file, every HTML page, its internal
// links. Shared by the publisher's checks, the site tests and the benchmark.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

export const htmlPages = (dir: string) => allFiles(dir).filter((f) => f.endsWith('.html'));

/** Site path of a built HTML file: dist/kacheln/x/index.html → /kacheln/x/ */
export const pathOf = (dir: string, file: string) => `/${relative(dir, file).replace(/index\.html$/, '')}`;

/** href and src values that point into the site (start with "/", not "//"). */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"#?]*)/g)].map((m) => m[1]!);
}

export const readText = (file: string) => readFileSync(file, 'utf8');

/** Internal links of every page that point to nothing in the build, as "page → link". */
export function brokenInternalLinks(dir: string): string[] {
  const exists = (path: string) => {
    try {
      const target = join(dir, path);
      return path.endsWith('/')
        ? statSync(join(target, 'index.html')).isFile()
        : statSync(target).isFile() || statSync(join(target, 'index.html')).isFile();
    } catch {
      return false;
    }
  };
  return htmlPages(dir).flatMap((file) =>
    internalLinks(readText(file))
      .filter((link) => !exists(link))
      .map((link) => `${pathOf(dir, file)} → ${link}`),
  );
}
