// Our PNG encoder (png-encode.ts) against resvg's own: for the real image kinds
// (a chart image, a share preview) and an image with transparency, both PNGs
// decode to exactly the same pixels; ours stores opaque images as RGB.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartImageSvg } from '../../src/lib/images/chart-image.ts';
import { encodePng } from '../../src/lib/images/png-encode.ts';
import { shareImageSvg } from '../../src/lib/images/share-image.ts';
import { decodePng } from '../support/png-decode.ts';

const requireFromSite = createRequire(join(import.meta.dirname, '..', '..', 'package.json'));
const resvg = requireFromSite('@resvg/resvg-wasm') as typeof import('@resvg/resvg-wasm');
const fontDir = join(requireFromSite.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
const fontBuffers = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
  (f) => new Uint8Array(readFileSync(join(fontDir, f))),
);

/** resvg's PNG and ours of the same rendering. */
function bothPngs(svg: string): { theirs: Uint8Array; ours: Uint8Array } {
  const tree = new resvg.Resvg(svg, { font: { fontBuffers, defaultFontFamily: 'DejaVu Sans' } });
  const image = tree.render();
  try {
    return { theirs: image.asPng(), ours: encodePng(image.pixels, image.width, image.height) };
  } finally {
    image.free();
    tree.free();
  }
}

const chart = chartImageSvg({
  title: 'CO₂-Emissionen je Einwohner',
  subtitle: 'Einheit: t',
  panels: [
    {
      data: {
        title: 'Verlauf: CO₂-Emissionen',
        periods: ['2020', '2021', '2022', '2023'],
        series: [{ label: 'Stadt', values: [7.1, 6.8, null, 5.6], provisional: [false, false, false, true] }],
        unit: 't',
        decimals: 1,
        chartType: 'line',
        target: { value: 4, year: 2026 },
      },
    },
  ],
  facts: ['Quelle: Statistikamt', 'Lizenz: dl-de/by-2-0'],
  credit: 'Musterstadt · https://example.org/kennzahlen/kli-01/',
});
const share = shareImageSvg({
  kicker: 'Musterstadt · Dashboard',
  name: 'Anteil erneuerbarer Energien am Stromverbrauch',
  figure: { value: '41,5', unit: '%', period: '(2024, vorläufig)' },
  trend: { arrow: '▲', text: '+3,2 % seit 2023', word: 'Entwicklung positiv', colour: '#0b6e2f' },
  footer: 'https://example.org/',
  accent: '#005a9c',
});
const translucent =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="40"><rect x="4" y="4" width="40" height="20" fill="#c03" fill-opacity="0.4"/>' +
  '<circle cx="40" cy="24" r="14" fill="#05a" opacity="0.75"/><text x="2" y="38" font-size="12">Ä ▼</text></svg>';

describe('the PNG encoder', () => {
  beforeAll(async () => {
    await resvg.initWasm(readFileSync(requireFromSite.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  }, 60_000);

  it.each([
    ['chart image', chart],
    ['share preview', share],
  ])('stores the %s as RGB with exactly the pixels resvg drew', (_, svg) => {
    const { theirs, ours } = bothPngs(svg);
    const a = decodePng(theirs);
    const b = decodePng(ours);
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    expect(b.colourType).toBe(2);
    expect(Buffer.from(b.rgba).equals(Buffer.from(a.rgba))).toBe(true);
    // Not a blank image: several colours were drawn.
    expect(new Set(Array.from({ length: 2000 }, (_, i) => b.rgba[(i * 997 * 4) % b.rgba.length])).size).toBeGreaterThan(
      3,
    );
  });

  it('keeps transparency as straight RGBA, as resvg writes it', () => {
    const { theirs, ours } = bothPngs(translucent);
    const a = decodePng(theirs);
    const b = decodePng(ours);
    expect(b.colourType).toBe(6);
    expect(Buffer.from(b.rgba).equals(Buffer.from(a.rgba))).toBe(true);
  });

  it('refuses pixels that do not fit the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow('10 bytes are not 2×2 RGBA pixels');
  });
});
