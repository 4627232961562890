// The site folder at build time. scripts/build.ts runs Astro from a folder
// of each build's own (so concurrent builds keep their own `.prerender/`) and
// names the site folder in SITE_ROOT; `astro build` run by hand in the site
// folder needs no variable. import.meta.url would point into the bundle.
import { resolve } from 'node:path';

export const SITE_ROOT = resolve(process.env.SITE_ROOT ?? process.cwd());
