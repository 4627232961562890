// SVG → PNG with resvg, in the font shipped by the npm package
// dejavu-fonts-ttf (never the machine's fonts: the same image on every
// machine). Speed: resvg renders on libuv's thread pool (renderAsync), one per
// core at a time beside Astro's page rendering on the main thread (the callers
// start all renders early, see site-images.ts), and rendered PNGs are kept in
// a cache folder by content hash. The key is the SVG, the renderer's version
// and the fonts' bytes, so a cached image is never stale — a changed value,
// label, font or resvg gives a new key.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SITE_ROOT } from '../../data/site-root.ts';

// Resolved from the site folder, not from the
// bundled chunk, which Astro may write anywhere (SITE_OUT_DIR).
const requireFromSite = createRequire(join(SITE_ROOT, 'package.json'));

/** Bump when the rendering options below change. */
const OPTIONS_VERSION = 1;

interface Renderer {
  render(svg: string): Promise<Buffer>;
  key: string;
}

let renderer: Renderer | undefined;

function load(): Renderer {
  const { renderAsync } = requireFromSite('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const resvgVersion = (requireFromSite('@resvg/resvg-js/package.json') as { version: string }).version;
  const fontDir = join(dirname(requireFromSite.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));
  const fonts = createHash('sha256');
  for (const f of fontFiles) fonts.update(readFileSync(f));
  return {
    key: `resvg ${resvgVersion} options ${OPTIONS_VERSION} fonts ${fonts.digest('hex')}`,
    render: async (svg) =>
      (
        await renderAsync(svg, {
          font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
          shapeRendering: 2,
          textRendering: 1,
        })
      ).asPng(),
  };
}

/** The cache folder; SITE_IMAGE_CACHE overrides it, "off" disables the cache. */
function cacheDir(): string | undefined {
  const setting = process.env.SITE_IMAGE_CACHE;
  if (setting === 'off') return undefined;
  return resolve(SITE_ROOT, setting || join('node_modules', '.cache', 'sdd-images'));
}

export const pngStats = { rendered: 0, cached: 0, renderMs: 0 };

/** Renders at once: one per core (the main thread mostly waits for them), at most three, so one of libuv's four threads stays free for Astro's file writes. */
const PARALLEL = Math.max(1, Math.min(3, availableParallelism()));
let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(job: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await job();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The PNG of `svg`, from the cache if this exact SVG was rendered with this renderer and font before. */
export async function svgToPng(svg: string): Promise<Buffer> {
  renderer ??= load();
  const { key, render } = renderer;
  const dir = cacheDir();
  const file = dir && join(dir, `${createHash('sha256').update(key).update('\0').update(svg).digest('hex')}.png`);
  if (file) {
    try {
      const cached = readFileSync(file);
      pngStats.cached++;
      return cached;
    } catch {
      // not rendered yet
    }
  }
  const png = await inTurn(async () => {
    const started = performance.now();
    const result = await render(svg);
    pngStats.renderMs += performance.now() - started;
    return result;
  });
  pngStats.rendered++;
  if (dir && file) {
    mkdirSync(dir, { recursive: true });
    // Written under a temporary name and renamed: a parallel build never reads half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
  }
  return png;
}
