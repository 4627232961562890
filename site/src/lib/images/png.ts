// SVG → PNG with resvg, in the font shipped by the npm package
// dejavu-fonts-ttf (never the machine's fonts: the same image on every
// machine). Speed: resvg runs as WebAssembly in worker threads (png-worker.ts,
// why WebAssembly: see there), one per core, beside Astro's page rendering
// (the build queues every share preview before Astro starts,
// scripts/share-previews.ts). Rendered PNGs are kept in a cache folder by
// content hash, and a build links the cached file into its output folder
// instead of copying its bytes (lib/build-cache.ts). The key is the SVG, the renderer's version
// and the fonts' bytes, so a cached image is never stale — a changed value,
// label, font or resvg gives a new key.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SITE_ROOT } from '../../data/site-root.ts';
import { cacheFolder, keepInCache, placeCached } from '../build-cache.ts';
import type { RenderReply, RenderRequest, RendererSetup } from './png-worker.ts';

// Resolved from the site folder, not from the
// bundled chunk, which Astro may write anywhere (SITE_OUT_DIR).
const sitePackageJson = join(SITE_ROOT, 'package.json');
const requireFromSite = createRequire(sitePackageJson);

/** Bump when the rendering options (png-worker.ts) or the encoder (png-encode.ts) change. */
const OPTIONS_VERSION = 2;

/**
 * The worker's source: beside this file when it runs unbundled (unit tests), else in the site folder (Astro's chunk).
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(join('images', 'png.ts'))
    ? join(dirname(here), 'png-worker.ts')
    : join(SITE_ROOT, 'src', 'lib', 'images', 'png-worker.ts');
}

/**
 * The failure in German, naming the image by its title or label (the SVG carries one, see chart-image.ts,
 * share-image.ts).
 */
function renderError(svg: string, reason: string): string {
  const name =
    /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? /aria-label="([^"]*)"/.exec(svg)?.[1] ?? svg.slice(0, 80);
  return `Das PNG des Bildes „${name}“ ließ sich nicht zeichnen (resvg: ${reason}). Bitte das SVG dieses Bildes prüfen; der Build ist abgebrochen, damit keine Seite auf ein fehlendes Bild verweist.`;
}

interface Job {
  id: number;
  svg: string;
  done: (png: Buffer) => void;
  failed: (error: Error) => void;
}

/** Renderer threads taking jobs from one queue, one job each at a time. */
export class RendererPool {
  private readonly queue: Job[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private nextId = 0;
  /** Set when the last thread died: every later job fails at once instead of waiting for ever. */
  private broken: Error | undefined;

  constructor(setup: RendererSetup, size: number) {
    for (let i = 0; i < size; i++) this.add(setup);
  }

  private add(setup: RendererSetup): void {
    const worker = new Worker(workerFile(), { workerData: setup });
    worker.on('message', (reply: RenderReply) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (job && 'png' in reply) job.done(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      else if (job) job.failed(new Error(renderError(job.svg, 'error' in reply ? reply.error : '')));
      this.free(worker);
    });
    // A thread that dies (e.g. the WebAssembly failed to load) fails its job and, being the last, all that wait.
    worker.on('error', (error) => {
      const failure = new Error(`Die PNG-Bilder lassen sich nicht zeichnen: ${error.message}`, { cause: error });
      this.busy.get(worker)?.failed(failure);
      this.busy.delete(worker);
      if (this.idle.includes(worker)) this.idle.splice(this.idle.indexOf(worker), 1);
      if (this.busy.size > 0 || this.idle.length > 0) return;
      this.broken = failure;
      for (const job of this.queue.splice(0)) job.failed(failure);
    });
    this.free(worker);
  }

  /** An idle thread takes the next job; without one it no longer keeps the process alive. */
  private free(worker: Worker): void {
    const job = this.queue.shift();
    if (!job) {
      worker.unref();
      this.idle.push(worker);
      return;
    }
    worker.ref();
    this.busy.set(worker, job);
    worker.postMessage({ id: job.id, svg: job.svg } satisfies RenderRequest);
  }

  render(svg: string): Promise<Buffer> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((done, failed) => {
      this.queue.push({ id: this.nextId++, svg, done, failed });
      const worker = this.idle.pop();
      if (worker) this.free(worker);
    });
  }
}

/** The renderer's version, options and fonts: part of every cache key. */
let rendererKey: string | undefined;
/**
 * Started at the first image not in the cache: a build that finds all of them there starts no thread. One per process,
 * shared by every copy of this module: `astro dev` loads it again after each edit, and a copy with a pool of its own
 * would leave the last one's threads running (three more per edit).
 */
const POOL = Symbol.for('sdd.site.pngRendererPool');
function rendererPool(): RendererPool {
  const shared = globalThis as typeof globalThis & { [POOL]?: RendererPool };
  return (shared[POOL] ??= new RendererPool({ sitePackageJson, fontFiles: fontFiles() }, THREADS));
}

/** Threads: one per core (Astro's main thread mostly writes files meanwhile), at most three. */
const THREADS = Math.max(1, Math.min(3, availableParallelism()));

const fontFiles = () => {
  const fontDir = join(dirname(requireFromSite.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));
};

function keyOfRenderer(): string {
  // Its package.json is not exported: read beside the exported .wasm.
  const wasmDir = dirname(requireFromSite.resolve('@resvg/resvg-wasm/index_bg.wasm'));
  const resvgVersion = (JSON.parse(readFileSync(join(wasmDir, 'package.json'), 'utf8')) as { version: string }).version;
  const fonts = createHash('sha256');
  for (const f of fontFiles()) fonts.update(readFileSync(f));
  return `resvg-wasm ${resvgVersion} options ${OPTIONS_VERSION} fonts ${fonts.digest('hex')}`;
}

export const pngStats = { rendered: 0, cached: 0, renderMs: 0 };

/**
 * A PNG made here: its file in the cache folder with the SVG it was drawn from (to draw it again should the file be
 * gone, placePng), or its bytes when there is no cache (SITE_IMAGE_CACHE=off, or the folder cannot be written).
 */
export type RenderedPng = { file: string; svg: string } | { bytes: Buffer };

/** The PNG of `svg`, from the cache if this exact SVG was rendered with this renderer and font before. */
export async function renderPng(svg: string): Promise<RenderedPng> {
  rendererKey ??= keyOfRenderer();
  const dir = cacheFolder(process.env.SITE_IMAGE_CACHE, 'sdd-images');
  const file =
    dir && join(dir, `${createHash('sha256').update(rendererKey).update('\0').update(svg).digest('hex')}.png`);
  if (file && existsSync(file)) {
    pngStats.cached++;
    return { file, svg };
  }
  const started = performance.now();
  const png = await rendererPool().render(svg);
  pngStats.renderMs += performance.now() - started;
  pngStats.rendered++;
  const kept = keepInCache(file, png);
  return 'file' in kept ? { file: kept.file, svg } : { bytes: png };
}

/**
 * Puts a PNG made here at `target`: a link of its cache file (build-cache.ts); drawn again should that file be gone.
 */
export async function placePng(png: RenderedPng, target: string): Promise<void> {
  if ('bytes' in png) return placeCached(png, target, async () => png.bytes);
  const { svg } = png;
  await placeCached(png, target, async () => {
    // Its bytes, not a second link: the folder may be emptied again in the meantime.
    const again = await renderPng(svg);
    return 'bytes' in again ? again.bytes : readFileSync(again.file);
  });
}
