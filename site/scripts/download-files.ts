// The download files of a build (each KPI's CSV, Excel CSV, JSON and chart
// SVG, each tile's CSV, JSON and charts SVG: src/data/download-files.ts),
// made beside Astro rather than by its endpoints (beside-astro.ts): at ten
// times the demo the 8,280 files cost 3–4 s of a full build through Astro's
// routes (docs/publishing.md). Each is kept in a cache folder under the hash
// of its bytes and linked into the build; the warm builder makes a file again
// only when its key (what it is made from) changed since its last build.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { downloadFiles, type DownloadFileOfBuild } from '../src/data/download-files.ts';
import { cacheFolder, keepInCache, placeCached, type CachedFile } from '../src/lib/build-cache.ts';
import { keptBetweenBuilds } from '../src/lib/per-build.ts';
import { startBesideAstro, type MadeBesideAstro } from './beside-astro.ts';

const stats = { made: 0 };

/** Keeps `bytes` in the cache folder under their hash. */
function kept(path: string, bytes: Uint8Array): CachedFile {
  const dir = cacheFolder(process.env.SITE_FILE_CACHE, 'sdd-files');
  return keepInCache(dir && join(dir, `${createHash('sha256').update(bytes).digest('hex')}${extname(path)}`), bytes);
}

/** A file's cache file, remembered by its key: made again only when that changed since this process's last build. */
const rememberedFileOf = keptBetweenBuilds(
  async (file: DownloadFileOfBuild): Promise<CachedFile> => {
    stats.made++;
    return kept(file.path, await file.bytes());
  },
  (file) => `${file.path}\0${file.key}`,
);

/** The remembered cache file, kept anew if it is gone (the cache folder was emptied since): the cache stays in use. */
async function cachedFileOf(file: DownloadFileOfBuild): Promise<CachedFile> {
  const cached = await rememberedFileOf(file);
  return 'file' in cached && !existsSync(cached.file) ? kept(file.path, await file.bytes()) : cached;
}

/** Starts this build's download files: made (or taken from the last build) now, while Astro renders the pages. */
export function startDownloadFiles(): MadeBesideAstro {
  const madeBefore = stats.made;
  return startBesideAstro(
    'download files',
    async () =>
      Promise.all(
        (await downloadFiles()).map(async (file) => {
          const cached = await cachedFileOf(file);
          return { path: file.path, place: (target: string) => placeCached(cached, target, file.bytes) };
        }),
      ),
    (files) => {
      const made = stats.made - madeBefore;
      return `${made} made, ${files - made} as in the last build`;
    },
    'a draft preview, preview-mode.ts',
  );
}
