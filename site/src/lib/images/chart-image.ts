// A downloadable chart image (SVG; png.ts renders it): title and unit on top,
// one chart per KPI (a tile with several KPIs stacks them, as its page does),
// source, licence and Datenstand at the bottom, and who published it where —
// so the image still says what it shows when it travels on its own.
import type { ChartData } from '@sdd/shared-types';
import { chartSvg, textBlock } from './chart-svg.ts';
import { escapeXml } from './svg-text.ts';

export const CHART_IMAGE_WIDTH = 1200;
/** Height of one chart with its legend; lower when a tile's image stacks several. */
const PANEL_HEIGHT = 480;
const STACKED_PANEL_HEIGHT = 400;
const PAD = 40;
const TEXT = '#1a1a1a';
const MUTED = '#4d4d4d';
/** The font png.ts renders with first; viewers of the SVG without it fall back to a similar sans. */
export const IMAGE_FONT_FAMILY = "'DejaVu Sans', Verdana, sans-serif";

export interface ChartImage {
  /** Top line, e.g. "Verlauf: CO₂-Emissionen je Einwohner/in" or the tile's title. */
  title: string;
  /** Under the title, e.g. "Einheit: t je Einwohner/in". */
  subtitle?: string;
  /** One chart each; `heading` names it when the image holds several. */
  panels: { heading?: string; data: ChartData }[];
  /** Footer facts in words, e.g. ["Quelle: LfStat", "Lizenz: dl-de/by-2-0", "Datenstand: 03.03.2025"]. */
  facts: string[];
  /** Last line: publisher and address, e.g. "Aschaffenburg · Smart Data Dashboard · https://…". */
  credit: string;
}

export function chartImageSvg(image: ChartImage): string {
  const width = CHART_IMAGE_WIDTH;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  const title = textBlock(image.title, PAD, PAD - 8, inner, {
    size: 30,
    colour: TEXT,
    bold: true,
    lineHeight: 38,
    maxLines: 3,
  });
  parts.push(title.svg);
  let y = title.bottom;
  if (image.subtitle) {
    const sub = textBlock(image.subtitle, PAD, y, inner, { size: 18, colour: MUTED, lineHeight: 26, maxLines: 2 });
    parts.push(sub.svg);
    y = sub.bottom;
  }
  y += 16;
  image.panels.forEach((panel, i) => {
    if (panel.heading) {
      const heading = textBlock(panel.heading, PAD, y, inner, {
        size: 22,
        colour: TEXT,
        bold: true,
        lineHeight: 30,
        maxLines: 2,
      });
      parts.push(heading.svg);
      y = heading.bottom + 6;
    }
    const panelHeight = image.panels.length > 1 ? STACKED_PANEL_HEIGHT : PANEL_HEIGHT;
    parts.push(
      `<g data-chart="${i}">${chartSvg(panel.data, { x: PAD, y, width: inner, height: panelHeight }, `c${i}`)}</g>`,
    );
    y += panelHeight + 20;
  });
  parts.push(`<line x1="${PAD}" y1="${y}" x2="${width - PAD}" y2="${y}" stroke="#c8c8c8" stroke-width="1"/>`);
  const facts = textBlock(image.facts.join(' · '), PAD, y + 4, inner, {
    size: 18,
    colour: TEXT,
    lineHeight: 26,
    maxLines: 4,
  });
  parts.push(facts.svg);
  const credit = textBlock(image.credit, PAD, facts.bottom, inner, {
    size: 16,
    colour: MUTED,
    lineHeight: 24,
    maxLines: 2,
  });
  parts.push(credit.svg);
  const height = Math.ceil(credit.bottom + PAD - 10);
  const description = [image.subtitle, ...image.facts].filter(Boolean).join(' · ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${IMAGE_FONT_FAMILY}" role="img" aria-labelledby="image-title image-desc">`,
    `<title id="image-title">${escapeXml(image.title)}</title><desc id="image-desc">${escapeXml(description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('');
}
