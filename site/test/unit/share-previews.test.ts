// The share previews of a build (scripts/share-previews.ts) with the demo's
// content: every name, figure, trend verdict and note shown whole and inside
// the image, by the width estimate and in the rendered pixels; and a build
// whose image cache is emptied while it runs still places every preview (it
// draws the missing ones again).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotSchema } from '@sdd/shared-types';
import { SHARE_IMAGE_SIZE, SHARE_TEXT_WIDTH, SHARE_TEXT_X } from '../../src/lib/images/share-image-layout.ts';
import { textWidth } from '../../src/lib/images/svg-text.ts';
import { inkFrom } from '../support/ink.ts';
import { de } from '../../src/i18n/de.ts';

const SITE = join(import.meta.dirname, '..', '..');
/** The trend's verdicts in words ("Entwicklung positiv", "unverändert"…). */
const VERDICTS = { better: de.trend.better, worse: de.trend.worse, same: de.trend.same, neutral: de.trend.neutral };
const FIXTURE = join(SITE, 'fixtures', 'demo-snapshot.json');
const demo = snapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every file under `dir`, by its path there. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

describe('the share previews of the demo', () => {
  const saved = { ...process.env };
  let cache: string;
  let out: string;
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'sdd-preview-cache-'));
    out = mkdtempSync(join(tmpdir(), 'sdd-preview-out-'));
    Object.assign(process.env, {
      SITE_ROOT: SITE,
      SNAPSHOT_FILE: FIXTURE,
      SITE_IMAGE_CACHE: cache,
      SITE_PNG_IMAGES: '1',
    });
  });
  afterAll(() => {
    process.env = saved;
    rmSync(cache, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('show every text whole, within the image and above its footer', async () => {
    const { sharePreviews } = await import('../../src/data/site-images.ts');
    const previews = await sharePreviews();
    expect(previews).toHaveLength(demo.kpis.length + demo.tiles.length + 1);
    const problems: string[] = [];
    let verdicts = 0;
    for (const { path, svg } of previews) {
      const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"([^>]*)>([^<]*)<\/text>/g)];
      const footer = texts.pop();
      expect(footer?.[2]).toBe(String(SHARE_IMAGE_SIZE.height - 30));
      for (const [, x, y, size, attributes, escaped] of texts) {
        const text = unescape(escaped!);
        const right = Number(x) + textWidth(text, Number(size), attributes!.includes('bold'));
        if (text.includes('…')) problems.push(`${path}: cut „${text}“`);
        if (right > SHARE_TEXT_X + SHARE_TEXT_WIDTH) problems.push(`${path}: too wide „${text}“`);
        if (Number(y) > SHARE_IMAGE_SIZE.height - 90) problems.push(`${path}: over the footer „${text}“`);
      }
      // The trend's verdict, where there is one, stands whole on a line.
      const verdict = new RegExp(`\\((${Object.values(VERDICTS).join('|')})\\)"`).exec(svg)?.[1];
      if (verdict) verdicts++;
      if (verdict && !texts.some(([, , , , , t]) => t === verdict || t!.endsWith(`(${verdict})`)))
        problems.push(`${path}: verdict „${verdict}“ not whole`);
    }
    expect(problems).toEqual([]);
    // Most KPIs and tiles show a trend: the check above is not vacuous.
    expect(verdicts).toBeGreaterThan(demo.kpis.length / 2);
  });

  it('are all placed, drawn again, when the image cache is emptied during the build', async () => {
    const { startSharePreviews } = await import('../../scripts/share-previews.ts');
    const previews = startSharePreviews();
    const first = await previews.placeInto(join(out, 'eins'));
    const count = demo.kpis.length + demo.tiles.length + 1;
    const counts = new RegExp(`^share previews: ${count} \\(${count} rendered, 0 from the image cache\\)`);
    expect(first).toMatch(counts);
    // Drawn by resvg in the shipped font, no text runs into the right margin: nothing but white right of x 1136.
    const inked = filesUnder(join(out, 'eins')).filter(
      (file) => inkFrom(readFileSync(join(out, 'eins', file)), SHARE_TEXT_X + SHARE_TEXT_WIDTH + 1) !== undefined,
    );
    expect(inked).toEqual([]);
    // Someone deletes the cache folder after the PNGs were rendered into it, before they are placed.
    rmSync(cache, { recursive: true, force: true });
    // Drawn again as they are placed; the log still counts each preview once.
    expect(await previews.placeInto(join(out, 'zwei'))).toMatch(counts);
    const placed = filesUnder(join(out, 'zwei'));
    expect(placed).toHaveLength(count);
    expect(placed).toEqual(filesUnder(join(out, 'eins')));
    for (const file of placed)
      expect(readFileSync(join(out, 'zwei', file)).equals(readFileSync(join(out, 'eins', file))), file).toBe(true);
  }, 180_000);
});
