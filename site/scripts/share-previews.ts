// The share previews of a build (og:image, a 1200×630 PNG per KPI and tile,
// one for every other page), made beside Astro rather than as its endpoints.
// Their PNGs are cache files already (png.ts renders each SVG once): here a
// build links each into its output folder. As Astro endpoints they cost
// 4.2 s of a full build at ten times the demo (23.1 against 18.9 s, with the
// PNGs from the cache): each was read, copied through Astro's response
// handling and written, 110 MB for 2,240 files; links write no byte
// (docs/publishing.md).
//
// Started before Astro, so that images not yet in the cache render in png.ts's
// threads while Astro renders the pages; placed once Astro is done, because a
// build without SITE_INCREMENTAL empties the output folder as it starts.
// Imported after SITE_ROOT and SNAPSHOT_FILE are set (build.ts,
// warm-build-worker.ts): the site's modules read them.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sharePreviews } from '../src/data/site-images.ts';
import { placePng, renderPng, pngStats, type RenderedPng } from '../src/lib/images/png.ts';
import { secondsSince } from './build-steps.ts';

export interface SharePreviewsOfBuild {
  /** Links (or writes) every preview into `outDir`, after Astro; what was done, in a line for the build's log. */
  placeInto(outDir: string): Promise<string>;
}

/** Starts this build's share previews: their SVGs now, the PNGs not in the cache in the renderer threads. */
export function startSharePreviews(): SharePreviewsOfBuild {
  const started = performance.now();
  const renderedBefore = pngStats.rendered;
  let readyAfter = '';
  const made = sharePreviews()
    .then((previews) => Promise.all(previews.map(async ({ path, svg }) => ({ path, png: await renderPng(svg) }))))
    .then((pngs) => {
      readyAfter = secondsSince(started);
      return pngs;
    });
  // Reported by placeInto; not an unhandled rejection while Astro still runs.
  made.catch(() => undefined);
  return {
    async placeInto(outDir) {
      const waitStart = performance.now();
      const pngs: { path: string; png: RenderedPng }[] = await made;
      if (pngs.length === 0) return 'no share previews (a build without PNGs, png-mode.ts)';
      const placeStart = performance.now();
      const folders = new Set<string>();
      for (const { path, png } of pngs) {
        const target = join(outDir, path);
        const folder = dirname(target);
        if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
        folders.add(folder);
        await placePng(png, target);
      }
      const rendered = pngStats.rendered - renderedBefore;
      return (
        `share previews: ${pngs.length} (${rendered} rendered, ${pngs.length - rendered} from the image cache) ` +
        `ready ${readyAfter} after the build's start (Astro waited ${secondsSince(waitStart, placeStart)} for them), ` +
        `placed in ${secondsSince(placeStart)}`
      );
    },
  };
}
