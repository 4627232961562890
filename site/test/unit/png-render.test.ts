// The PNG renderer threads (png.ts, png-worker.ts): many images at once each
// get their own PNG back, and an SVG resvg cannot draw fails with a German
// message naming the image — without stopping the images after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RendererPool, renderPng } from '../../src/lib/images/png.ts';
import { pngBytes } from '../support/png-bytes.ts';
import { pngSize } from '../support/png-size.ts';

/** A plain image of its own size, titled, with text (so the fonts are used). */
const svgOfSize = (width: number, height: number, title = `Bild ${width}×${height}`) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans">` +
  `<title>${title}</title><rect width="${width}" height="${height}" fill="#fff"/>` +
  `<text x="10" y="40" font-size="30" font-weight="bold">${title} – CO₂ ▼ −0,3 t</text></svg>`;

// Generous: the threads first compile resvg's WebAssembly, slow on a busy machine. Not a speed check.
const RENDER_TIMEOUT_MS = 60_000;

describe('PNG renderer threads', () => {
  const saved = process.env.SITE_IMAGE_CACHE;
  // Every call renders: the cache would answer repeated SVGs without the threads.
  beforeAll(() => {
    process.env.SITE_IMAGE_CACHE = 'off';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.SITE_IMAGE_CACHE;
    else process.env.SITE_IMAGE_CACHE = saved;
  });

  it(
    'gives each of many images rendered at once its own PNG',
    async () => {
      const sizes = Array.from({ length: 12 }, (_, i) => ({ width: 300 + i, height: 120 + 3 * i }));
      const pngs = await Promise.all(
        sizes.map(({ width, height }) => renderPng(svgOfSize(width, height)).then(pngBytes)),
      );
      expect(pngs.map(pngSize)).toEqual(sizes);
    },
    RENDER_TIMEOUT_MS,
  );

  it(
    'fails an SVG resvg cannot draw with a German message naming it, and renders the next image',
    async () => {
      const broken = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Kaputtes Bild</title><rect';
      await expect(renderPng(broken)).rejects.toThrow(/Das PNG des Bildes „Kaputtes Bild“ ließ sich nicht zeichnen/);
      expect(pngSize(pngBytes(await renderPng(svgOfSize(64, 32))))).toEqual({ width: 64, height: 32 });
    },
    RENDER_TIMEOUT_MS,
  );

  it(
    'fails every image at once, with the cause, when no renderer thread can start (never waits for ever)',
    async () => {
      const pool = new RendererPool({ sitePackageJson: '/nicht/vorhanden/package.json', fontFiles: [] }, 2);
      const first = pool.render(svgOfSize(10, 10));
      await expect(first).rejects.toThrow(/Die PNG-Bilder lassen sich nicht zeichnen: .*resvg-wasm/);
      await expect(pool.render(svgOfSize(20, 20))).rejects.toThrow(/Die PNG-Bilder lassen sich nicht zeichnen/);
    },
    RENDER_TIMEOUT_MS,
  );
});
