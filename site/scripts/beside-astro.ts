// Files a build makes beside Astro instead of through its routes (the share
// previews, share-previews.ts; the download files, download-files.ts): made
// in this process while Astro renders the pages (in its own process for a
// build by build.ts, or in this one's event loop for the warm builder), kept
// in cache folders (src/lib/build-cache.ts) and placed into the output folder
// once Astro is done — a build without SITE_INCREMENTAL empties that folder
// as it starts. Imported after SITE_ROOT and SNAPSHOT_FILE are set (build.ts,
// warm-build-worker.ts): the site's modules read them.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { secondsSince } from './build-steps.ts';

/** One file made beside Astro: its site path, and how to put it there. */
export interface FileBesideAstro {
  path: string;
  place: (target: string) => Promise<void>;
}

export interface MadeBesideAstro {
  /** Puts every file into `outDir`, after Astro; what was done, in a line for the build's log. */
  placeInto(outDir: string): Promise<string>;
}

/**
 * Starts making this build's `what` ("share previews"); `counts` says afterwards how they were made ("3 rendered, 222
 * from the image cache"), `none` why there are none.
 */
export function startBesideAstro(
  what: string,
  make: () => Promise<FileBesideAstro[]>,
  counts: (files: number) => string,
  none: string,
): MadeBesideAstro {
  const started = performance.now();
  let readyAfter = '';
  const made = make().then((files) => {
    readyAfter = secondsSince(started);
    return files;
  });
  // Reported by placeInto; not an unhandled rejection while Astro still runs.
  made.catch(() => undefined);
  return {
    async placeInto(outDir) {
      const waitStart = performance.now();
      const files = await made;
      if (files.length === 0) return `no ${what} (${none})`;
      const placeStart = performance.now();
      const folders = new Set<string>();
      for (const file of files) {
        const target = join(outDir, file.path);
        const folder = dirname(target);
        if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
        folders.add(folder);
        await file.place(target);
      }
      return (
        `${what}: ${files.length} (${counts(files.length)}) ` +
        `ready ${readyAfter} after the build's start (Astro waited ${secondsSince(waitStart, placeStart)} for them), ` +
        `placed in ${secondsSince(placeStart)}`
      );
    },
  };
}
