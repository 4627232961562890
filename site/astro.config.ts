// Static build of the public site. The only input is the snapshot file
// (SNAPSHOT_FILE, default: the committed demo fixture).
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/data/site-url.ts';
import { besideAstroInDev } from './scripts/beside-astro-in-dev.ts';

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Astro's cache (incremental builds: its manifest and page copies). Own folder per build line and test suite.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Four pages at a time (one thread; Astro's default is one): a page waiting for I/O no longer holds up the others.
  // Demo build 9.1 → 6.6 s when measured (3 December), while pages still waited for the share previews' PNGs.
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  compressHTML: true,
  // The share previews and download files are made beside `astro build` (scripts/beside-astro.ts); `astro dev`
  // makes them on request.
  integrations: [svelte(), besideAstroInDev()],
  devToolbar: { enabled: false },
  // Incremental builds (scripts/build.ts sets SITE_INCREMENTAL=1 with a persistent SITE_CACHE_DIR): pages whose
  // `cacheKey` (src/data/cache-keys.ts) and code are unchanged are kept (hard links from the cache,
  // scripts/incremental-build.ts) instead of rendered.
  experimental: { incrementalBuild: process.env.SITE_INCREMENTAL === '1' },
  // Incremental builds start in an output folder that scripts/incremental-build.ts emptied and filled with the kept
  // pages (hard links); Astro must not empty it again.
  vite: { build: { emptyOutDir: process.env.SITE_INCREMENTAL !== '1' } },
});
