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
  // Counted when all are made: a file made again while it is placed (its cache file deleted meanwhile) is no second
  // rendering of this build's.
  let howMade = '';
  const made = make().then((files) => {
    readyAfter = secondsSince(started);
    howMade = counts(files.length);
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
      for (const folder of new Set(files.map((file) => dirname(join(outDir, file.path)))))
        mkdirSync(folder, { recursive: true });
      // All at once: a file that must be made again (see build-cache.ts) is made beside the others, in png.ts's threads.
      await Promise.all(files.map((file) => file.place(join(outDir, file.path))));
      return (
        `${what}: ${files.length} (${howMade}) ready ${readyAfter} after the build's start ` +
        `(waited for after Astro: ${secondsSince(waitStart, placeStart)}), placed in ${secondsSince(placeStart)}`
      );
    },
  };
}
