// The cache folders of the files a build makes beside Astro (share previews,
// lib/images/png.ts; download files, scripts/download-files.ts): each file is
// kept once under a name derived from what it is, and every build links it
// into its output folder instead of writing its bytes again. A cache file is
// never changed (new content is a new name, written under a temporary name and
// renamed) and is read-only, so a link into a live build is safe — as long as
// nobody edits an output file in place (docs/site.md). The cache is only a shortcut:
// a folder that cannot be written means writing the bytes, and a cache file
// deleted before it is placed is made again.
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITE_ROOT } from '../data/site-root.ts';

/** A file made for a build: its cache file, or its bytes where there is no cache. */
export type CachedFile = { file: string } | { bytes: Uint8Array };

/** A cache folder: `setting` (an environment variable's value) overrides it, "off" disables it. */
export function cacheFolder(setting: string | undefined, name: string): string | undefined {
  if (setting === 'off') return undefined;
  return resolve(SITE_ROOT, setting || join('node_modules', '.cache', name));
}

let temporaries = 0;

/**
 * Keeps `bytes` as `file` (unless there already, of that size); where the folder cannot be written, the bytes. Cache
 * files are read-only, and so is every output linked to them (one file): an edit in place would change every build
 * that links it. One of another size (edited by someone with the rights to) is replaced, for the builds to come.
 */
export function keepInCache(file: string | undefined, bytes: Uint8Array): CachedFile {
  if (!file) return { bytes };
  if (statSync(file, { throwIfNoEntry: false })?.size === bytes.byteLength) return { file };
  // Under a temporary name, renamed: a parallel build never reads half a file.
  const temporary = `${file}.${process.pid}.${temporaries++}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(temporary, bytes, { mode: 0o444 });
    renameSync(temporary, file);
    return { file };
  } catch {
    // Full disk, no rights, or the folder deleted meanwhile: this costs a write, never the build.
    removeIfThere(temporary);
    return { bytes };
  }
}

/**
 * Puts a file at `target`: a hard link of its cache file (no byte is copied), a copy where no link can be made
 * (another file system), its bytes without a cache. A cache file deleted since it was kept (someone emptied the
 * folder during the build; docs/site.md) is made again with `makeAgain`.
 */
export async function placeCached(
  cached: CachedFile,
  target: string,
  makeAgain: () => Promise<Uint8Array>,
): Promise<void> {
  if ('bytes' in cached) return writeAnew(target, cached.bytes);
  try {
    linkOrCopy(cached.file, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || existsSync(cached.file)) throw error;
    writeAnew(target, await makeAgain());
  }
}

function linkOrCopy(file: string, target: string): void {
  try {
    linkSync(file, target);
  } catch (error) {
    // A file there already (a folder reused by hand): replaced, as in writeAnew.
    rmSync(target, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') linkSync(file, target);
    else copyFileSync(file, target);
  }
}

/** A file there already is replaced, never written into: it may be a link of a live build's file. */
function writeAnew(target: string, bytes: Uint8Array): void {
  rmSync(target, { force: true });
  writeFileSync(target, bytes);
}

/** Removes `file` if it is there; a folder above it that is gone or is no folder leaves nothing to remove. */
function removeIfThere(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // ENOTDIR: nothing was written there.
  }
}
