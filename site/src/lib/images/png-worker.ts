// One PNG renderer thread (see png.ts): resvg as WebAssembly with the fonts
// held in memory. The native resvg-js takes fonts only as file paths and
// re-reads the whole font file for every glyph it draws (about 400 reads,
// 280 MB copied, for one chart image) — most of its time. resvg-wasm is the
// same resvg (2.6.2) and draws the same pixels; its memory is reused from
// image to image instead of fresh pages each time. The PNG file is written by
// png-encode.ts.
// Plain Node (no bundler): png.ts starts it by file path; it imports nothing of the site.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { encodePng } from './png-encode.ts';

/** What png.ts hands every renderer: where the site's packages and the font files are. */
export interface RendererSetup {
  sitePackageJson: string;
  fontFiles: string[];
}

/** One job: the SVG in, the PNG (or the error's message) out, matched by id. */
export interface RenderRequest {
  id: number;
  svg: string;
}
export type RenderReply = { id: number; png: Uint8Array } | { id: number; error: string };

const setup = workerData as RendererSetup;
const requireFromSite = createRequire(setup.sitePackageJson);
const resvg = requireFromSite('@resvg/resvg-wasm') as typeof import('@resvg/resvg-wasm');
await resvg.initWasm(readFileSync(requireFromSite.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const fontBuffers = setup.fontFiles.map((file) => new Uint8Array(readFileSync(file)));

function render(svg: string): Uint8Array {
  const tree = new resvg.Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
  });
  try {
    const image = tree.render();
    try {
      // Not image.asPng(): resvg's encoder cost five times Node's zlib (png-encode.ts).
      return encodePng(image.pixels, image.width, image.height);
    } finally {
      image.free();
    }
  } finally {
    tree.free();
  }
}

/**
 * The PNG's buffer to hand over without a copy: only when the PNG owns all of it (never a view into the WebAssembly
 * memory).
 */
const ownBuffer = (png: Uint8Array): ArrayBuffer[] =>
  png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? [png.buffer as ArrayBuffer] : [];

parentPort!.on('message', ({ id, svg }: RenderRequest) => {
  let png: Uint8Array;
  try {
    png = render(svg);
  } catch (error) {
    parentPort!.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies RenderReply);
    return;
  }
  parentPort!.postMessage({ id, png } satisfies RenderReply, ownBuffer(png));
});
