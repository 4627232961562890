// The downloadable chart and share images: drawn like the page's chart
// (target only at its year, comparison series dotted, provisional dashed and
// hollow, German numbers), text escaped, and rendered to PNG of the stated size.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, linkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartData } from '@sdd/shared-types';
import { axisTicks, chartSvg, numberFormat } from '../../src/lib/images/chart-svg.ts';
import { chartImageSvg } from '../../src/lib/images/chart-image.ts';
import { placePng, pngStats, renderPng } from '../../src/lib/images/png.ts';
import { shareImageSvg, SHARE_IMAGE_SIZE } from '../../src/lib/images/share-image.ts';
import { escapeXml, fitText, wrapText } from '../../src/lib/images/svg-text.ts';
import { pngBytes } from '../support/png-bytes.ts';
import { pngSize } from '../support/png-size.ts';
import { inkFrom } from '../support/ink.ts';

const data = (over: Partial<ChartData> = {}): ChartData => ({
  title: 'Verlauf: Test',
  periods: ['2020', '2021', '2022', '2023'],
  series: [{ label: 'Test', values: [1234.5, 1100, null, 1000], provisional: [false, false, false, true] }],
  unit: 't',
  decimals: 1,
  chartType: 'line',
  target: null,
  ...over,
});
const box = { x: 0, y: 0, width: 1000, height: 400 };

/** x of every `<text>` whose content is exactly `text`. */
const textXs = (svg: string, text: string) =>
  [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].filter((m) => m[2] === text).map((m) => Number(m[1]));

describe('the chart SVG', () => {
  it('shows the target as one cross at its year, with the axis extended to it, not as a line across the years', () => {
    const svg = chartSvg(data({ target: { value: 900, year: 2026 } }), box, 't');
    const targets = [...svg.matchAll(/<g data-target-year="2026"><path d="M([\d.]+) [\d.]+L([\d.]+)/g)];
    expect(targets).toHaveLength(1);
    const centre = (Number(targets[0]![1]) + Number(targets[0]![2])) / 2;
    // The year labels run on to 2026, and the cross stands over the label "2026".
    expect(textXs(svg, '2024')).toHaveLength(1);
    expect(textXs(svg, '2026')[0]).toBeCloseTo(centre, 0);
    expect(textXs(svg, '2020')[0]).toBeLessThan(centre);
    // Its legend entry as on the canvas, German number with the unit.
    expect(svg).toContain('>Ziel 2026: 900,0\u00a0t</text>');
  });

  it('draws no target when the tile hides it', () => {
    expect(chartSvg(data(), box, 't')).not.toContain('data-target-year');
  });

  it('draws comparison series grey and dotted, the city’s own in colour and solid', () => {
    const svg = chartSvg(
      data({
        series: [
          { label: 'Test', values: [1, 2, 3, 4], provisional: [false, false, false, false] },
          {
            label: 'Vergleich: Bayern',
            values: [2, 2, 2, 2],
            provisional: [false, false, false, false],
            comparison: true,
          },
        ],
      }),
      box,
      't',
    );
    const own = /<g data-series="0">(.*?)<\/g>/.exec(svg)![1]!;
    const other = /<g data-series="1" data-comparison="true">(.*?)<\/g>/.exec(svg)![1]!;
    expect(own).toContain('stroke="#0072B2"');
    expect(own).not.toContain('stroke-dasharray');
    expect(other.match(/<line [^>]*stroke-dasharray="2 3"/g)).toHaveLength(3);
    expect(other).toMatch(/stroke="#595959"/);
    expect(svg).toContain('>Vergleich: Bayern</text>');
  });

  it('marks provisional values: dashed segment into a hollow point', () => {
    const svg = chartSvg(data(), box, 't');
    const series = /<g data-series="0">(.*?)<\/g>/.exec(svg)![1]!;
    // 2020–2021 solid, 2021–2022 a gap (no value), no segment into 2023 across the gap.
    expect(series.match(/<line /g)).toHaveLength(1);
    expect(series).toMatch(/<circle [^>]*fill="#ffffff"/);
    const withLine = chartSvg(
      data({ series: [{ label: 'T', values: [1, 2], provisional: [false, true] }], periods: ['2022', '2023'] }),
      box,
      't',
    );
    expect(withLine).toMatch(/<line [^>]*stroke-dasharray="4 4"/);
    expect(withLine).toContain('vorläufig (hohler Punkt, gestrichelte Linie)');
  });

  it('hatches provisional bars and starts bars at zero', () => {
    const svg = chartSvg(
      data({
        chartType: 'bar',
        series: [{ label: 'T', values: [5, 6], provisional: [false, true] }],
        periods: ['2022', '2023'],
      }),
      box,
      'b',
    );
    expect(svg).toMatch(/<rect [^>]*fill="url\(#b-hatch-0\)"/);
    expect(svg).toContain('>0,0\u00a0t</text>');
  });

  it('writes the axis in German number format with the KPI’s decimals', () => {
    const svg = chartSvg(
      data({
        decimals: 0,
        unit: 'Einwohner/innen',
        series: [{ label: 'T', values: [12000, 15500], provisional: [false, false] }],
        periods: ['2022', '2023'],
      }),
      box,
      'g',
    );
    expect(svg).toContain('>12.000</text>');
    // A long unit is the axis title, not on every tick.
    expect(svg).toMatch(/<text [^>]*transform="rotate\(-90[^>]*>Einwohner\/innen<\/text>/);
    expect(numberFormat(2)(1234.5)).toBe('1.234,50');
  });

  it('picks round ticks no finer than the decimals', () => {
    expect(axisTicks(0, 97, 0)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axisTicks(1.02, 1.08, 0)).toEqual([1, 2]);
    expect(axisTicks(5, 5, 1).length).toBeGreaterThanOrEqual(2);
  });
});

describe('text in the images', () => {
  it('escapes < & > and quotes in titles, legends and attributes', () => {
    const svg = chartImageSvg({
      title: 'CO₂ <b>& "Co"',
      subtitle: 'Einheit: t',
      panels: [
        {
          data: data({
            series: [
              { label: 'A<B & C', values: [1, 2], provisional: [false, false] },
              { label: 'D', values: [2, 1], provisional: [false, false] },
            ],
            periods: ['2022', '2023'],
          }),
        },
      ],
      facts: ['Quelle: Amt <für> Statistik & Co', 'Lizenz: dl-de/by-2-0'],
      credit: 'Musterstadt · https://example.org/?a=1&b=2',
    });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('CO₂ &lt;b&gt;&amp; &quot;Co&quot;');
    expect(svg).toContain('A&lt;B &amp; C');
    expect(svg).toContain('Amt &lt;für&gt; Statistik &amp; Co');
    expect(svg).toContain('a=1&amp;b=2');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(escapeXml(`'`)).toBe('&#39;');
  });

  it('breaks long names into lines and ends the last one in "…"', () => {
    const lines = wrapText(
      'Anteil der Haushalte mit Anschluss an das Fernwärmenetz in der Innenstadt und den Ortsteilen',
      54,
      600,
      2,
      true,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });

  it('sets a text smaller or on more lines before it cuts it, and cuts only at the last setting', () => {
    const settings = [
      { size: 36, maxLines: 1 },
      { size: 32, maxLines: 2 },
    ] as const;
    const trend = '▲ +0,3 Prozentpunkte seit 2023 (Entwicklung positiv)';
    expect(fitText(trend, 2000, settings, true)).toEqual({ size: 36, lines: [trend] });
    const two = fitText(trend, 600, settings, true);
    expect(two.size).toBe(32);
    expect(two.lines.join(' ')).toBe(trend);
    const cut = fitText(`${trend} ${trend} ${trend}`, 600, settings, true);
    expect(cut.size).toBe(32);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1]).toMatch(/…$/);
  });

  /** The texts of a share preview's SVG with their baselines, the address (the last) left out. */
  const shareTexts = (svg: string) =>
    [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)]
      .map((m) => ({ y: Number(m[1]), text: m[2]! }))
      .slice(0, -1);
  const tile = {
    kicker: 'Musterstadt · Dashboard',
    name: 'Kommunale Entwicklungszusammenarbeit',
    figure: { value: '0,55', unit: '€/EW', period: '(2024, vorläufig)' },
    trend: { arrow: '▲', text: '+1.234,56 Prozentpunkte seit 2019', word: 'Entwicklung negativ', colour: '#b00020' },
    note: 'Kennzahl: Verunglückte im Straßenverkehr je 10.000 Einwohner/innen im Stadtgebiet',
    footer: 'https://example.org/kacheln/entwicklung/',
    accent: '#005a9c',
  };

  it("shows a share preview's name, trend verdict and note whole, above the footer, the figure giving way", () => {
    const svg = shareImageSvg(tile);
    const texts = shareTexts(svg);
    expect(svg).not.toContain('…');
    // The verdict on a line of its own, not broken after "(Entwicklung".
    expect(texts.map((t) => t.text)).toContain('Entwicklung negativ');
    expect(texts.map((t) => t.text).join(' ')).toContain('Einwohner/innen im Stadtgebiet');
    // Everything but the address stays above the footer's rule (y 562), the lowest line's descenders included.
    expect(Math.max(...texts.map((t) => t.y))).toBeLessThanOrEqual(SHARE_IMAGE_SIZE.height - 90);
    expect(svg).toMatch(/font-size="(6[4-9]|[7-9]\d|1[01]\d)" font-weight="bold" fill="#1a1a1a">0,55 €\/EW</);
  });

  it('cuts the note, then the name, rather than reach the footer, and keeps the verdict whole', () => {
    const svg = shareImageSvg({
      ...tile,
      name: 'Anteil der Beschäftigten in wissensintensiven Dienstleistungen an allen sozialversicherungspflichtig Beschäftigten am Arbeitsort',
      figure: { value: '12.345,67', unit: 'Tonnen CO₂-Äquivalente', period: '(2024, vorläufig)' },
    });
    const texts = shareTexts(svg);
    expect(texts.map((t) => t.text)).toContain('Entwicklung negativ');
    expect(texts.filter((t) => t.text.endsWith('…')).length).toBeGreaterThan(0);
    expect(Math.max(...texts.map((t) => t.y))).toBeLessThanOrEqual(SHARE_IMAGE_SIZE.height - 90);
  });
});

/** A share preview with a name alone. */
const plainPreview = (name: string) =>
  shareImageSvg({ kicker: 'Musterstadt', name, footer: 'https://example.org/', accent: '#005a9c' });

/** Runs `test` with a fresh output folder, removed afterwards. */
async function inOutputFolder(test: (out: string) => Promise<void>): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'sdd-place-'));
  try {
    await test(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('PNG rendering', () => {
  let cache: string;
  const saved = process.env.SITE_IMAGE_CACHE;
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'sdd-image-cache-'));
    process.env.SITE_IMAGE_CACHE = cache;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.SITE_IMAGE_CACHE;
    else process.env.SITE_IMAGE_CACHE = saved;
    rmSync(cache, { recursive: true, force: true });
  });

  it('renders the share image at 1200×630 and caches by content, never serving another image', async () => {
    const svg = shareImageSvg({
      kicker: 'Musterstadt · Dashboard',
      name: 'CO₂-Emissionen',
      figure: { value: '5,6', unit: 't', period: '(2024)' },
      trend: { arrow: '▼', text: '−0,3 t seit 2023', word: 'Entwicklung positiv', colour: '#0b6e2f' },
      footer: 'https://example.org/',
      accent: '#005a9c',
    });
    const before = { ...pngStats };
    const rendered = await renderPng(svg);
    const png = pngBytes(rendered);
    expect(pngSize(png)).toEqual(SHARE_IMAGE_SIZE);
    expect(pngStats.rendered).toBe(before.rendered + 1);
    const again = await renderPng(svg);
    expect(again).toEqual(rendered);
    expect(pngBytes(again).equals(png)).toBe(true);
    expect(pngStats.cached).toBe(before.cached + 1);
    // A changed figure is a new key: rendered, not taken from the cache.
    const other = pngBytes(await renderPng(svg.replaceAll('5,6', '5,7')));
    expect(pngStats.rendered).toBe(before.rendered + 2);
    expect(other.equals(png)).toBe(false);
    expect(readdirSync(cache).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    // Generous: the renderer threads first compile resvg's WebAssembly, slow on a busy machine. Not a speed check.
  }, 60_000);

  it('places a PNG as a link of its cache file, replacing a file there without writing into it', async () => {
    const svg = plainPreview('Radverkehr');
    const rendered = await renderPng(svg);
    if (!('file' in rendered)) throw new Error('expected a cache file');
    await inOutputFolder(async (out) => {
      await placePng(rendered, join(out, 'neu.png'));
      expect(statSync(join(out, 'neu.png')).ino).toBe(statSync(rendered.file).ino);
      // A file there already, itself a link of another build's file (the live one): replaced, that file untouched.
      writeFileSync(join(out, 'live.png'), 'altes Bild');
      linkSync(join(out, 'live.png'), join(out, 'alt.png'));
      await placePng(rendered, join(out, 'alt.png'));
      expect(readFileSync(join(out, 'alt.png')).equals(pngBytes(rendered))).toBe(true);
      expect(readFileSync(join(out, 'live.png'), 'utf8')).toBe('altes Bild');
      // Without a cache: the bytes are written.
      await placePng({ bytes: pngBytes(rendered) }, join(out, 'ohne-cache.png'));
      expect(readFileSync(join(out, 'ohne-cache.png')).equals(pngBytes(rendered))).toBe(true);
    });
  }, 60_000);

  it('draws a PNG again when its cache file was deleted before it is placed', async () => {
    const svg = plainPreview('Gelöscht');
    const rendered = await renderPng(svg);
    if (!('file' in rendered)) throw new Error('expected a cache file');
    const bytes = pngBytes(rendered);
    rmSync(cache, { recursive: true, force: true });
    await inOutputFolder(async (out) => {
      const before = pngStats.rendered;
      await placePng(rendered, join(out, 'neu.png'));
      expect(readFileSync(join(out, 'neu.png')).equals(bytes)).toBe(true);
      expect(pngStats.rendered).toBe(before + 1);
      // A target folder that is missing is still an error of the caller, not a reason to render.
      await expect(placePng(await renderPng(svg), join(out, 'fehlt', 'neu.png'))).rejects.toThrow(/ENOENT/);
    });
  }, 60_000);

  it('keeps overlong words, long units and wide signs inside the rendered image', async () => {
    const svg = shareImageSvg({
      kicker: 'Musterstadt · Smart Data Dashboard & Co',
      name: 'Kindertagesbetreuungsplatzversorgungsquotenberechnungsgrundlagenverordnung',
      figure: {
        value: '−123.456.789,01',
        unit: 'Tonnen CO₂-Äquivalente je Einwohnerin und Einwohner',
        period: '(2024)',
      },
      trend: {
        arrow: '▼',
        text: '−9.876,54 Tonnen CO₂-Äquivalente je Einwohnerin und Einwohner seit 2019',
        word: 'Entwicklung positiv',
        colour: '#0b6e2f',
      },
      note: 'Kennzahl: Anteil <der> Haushalte & Betriebe mit Glasfaseranschluss (FTTB/FTTH) ± Messfehler',
      footer: 'https://example.org/kennzahlen/kin-01/',
      accent: '#005a9c',
    });
    expect(inkFrom(pngBytes(await renderPng(svg)), 1137)).toBeUndefined();
    // The number keeps a size read at a glance; the unit goes under it.
    expect(svg).toMatch(/font-size="(6[4-9]|[7-9]\d|1[01]\d)" font-weight="bold" fill="#1a1a1a">−123\.456\.789,01</);
    expect(svg).toContain('Entwicklung positiv');
  }, 60_000);

  it('renders without the cache when its folder cannot be written', async () => {
    const blocker = mkdtempSync(join(tmpdir(), 'sdd-no-cache-'));
    writeFileSync(join(blocker, 'datei'), 'kein Ordner');
    process.env.SITE_IMAGE_CACHE = join(blocker, 'datei', 'cache');
    try {
      const svg = plainPreview('Ohne Cache');
      const rendered = await renderPng(svg);
      expect('bytes' in rendered).toBe(true);
      expect(pngSize(pngBytes(rendered))).toEqual(SHARE_IMAGE_SIZE);
      expect(readdirSync(blocker)).toEqual(['datei']);
    } finally {
      process.env.SITE_IMAGE_CACHE = cache;
      rmSync(blocker, { recursive: true, force: true });
    }
  }, 60_000);
});
