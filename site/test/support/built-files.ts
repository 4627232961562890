// Walks the built site on disk: every file, and every HTML page's internal links.
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
