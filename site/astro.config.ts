// Static build of the public site. The only input is the snapshot file
// (SNAPSHOT_FILE, default: the committed demo fixture).
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/data/site-url.ts';
import { sharePreviewsInDev } from './scripts/share-previews-in-dev.ts';

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Astro's cache (incremental builds: its manifest and page copies). Own folder per build line and test suite.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Four pages at a time (one thread; Astro's default is one): a page waiting for its share preview from the
  // renderer threads (lib/images/png.ts) or for a file no longer holds up the others. Demo build 9.1 → 6.6 s.
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  compressHTML: true,
  // The share previews are made beside `astro build` (scripts/share-previews.ts); `astro dev` draws them on request.
  integrations: [svelte(), sharePreviewsInDev()],
  devToolbar: { enabled: false },
  // Incremental builds (scripts/build.ts sets SITE_INCREMENTAL=1 with a persistent SITE_CACHE_DIR): pages whose
  // `cacheKey` (src/data/cache-keys.ts) and code are unchanged are kept (hard links from the cache,
  // scripts/incremental-build.ts) instead of rendered.
  experimental: { incrementalBuild: process.env.SITE_INCREMENTAL === '1' },
  // Incremental builds start in an output folder that scripts/incremental-build.ts emptied and filled with the kept
  // pages (hard links); Astro must not empty it again.
  vite: { build: { emptyOutDir: process.env.SITE_INCREMENTAL !== '1' } },
});
