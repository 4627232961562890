// The share previews of a build (og:image, a 1200×630 PNG per KPI and tile,
// one for every other page), made beside Astro rather than as its endpoints
// (beside-astro.ts). Their PNGs are cache files already (png.ts renders each
// SVG once): a build links each into its output folder. As Astro endpoints
// they cost 4.2 s of a full build at ten times the demo (23.1 against 18.9 s,
// with the PNGs from the cache): each was read, copied through Astro's
// response handling and written, 110 MB for 2,240 files; links write no byte
// (docs/publishing.md). The PNGs not in the cache render in png.ts's threads
// while Astro renders the pages.
import { sharePreviews } from '../src/data/site-images.ts';
import { placePng, renderPng, pngStats } from '../src/lib/images/png.ts';
import { startBesideAstro, type MadeBesideAstro } from './beside-astro.ts';

/** Starts this build's share previews: their SVGs now, the PNGs not in the cache in the renderer threads. */
export function startSharePreviews(): MadeBesideAstro {
  const renderedBefore = pngStats.rendered;
  return startBesideAstro(
    'share previews',
    async () =>
      Promise.all(
        (await sharePreviews()).map(async ({ path, svg }) => {
          const png = await renderPng(svg);
          return { path, place: (target: string) => placePng(png, target) };
        }),
      ),
    (files) => {
      const rendered = pngStats.rendered - renderedBefore;
      return `${rendered} rendered, ${files - rendered} from the image cache`;
    },
    'a build without PNGs, png-mode.ts',
  );
}
