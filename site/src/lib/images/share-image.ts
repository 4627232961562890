// The share preview (Open Graph / Twitter card, 1200×630): the city, the
// KPI's or tile's name, the headline figure with its period, and its trend in
// words with an arrow (colour is only a second cue, as on the page).
import { escapeXml, svgText, textWidth, wrapText } from './svg-text.ts';
import { IMAGE_FONT_FAMILY } from './chart-image.ts';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
const TEXT = '#1a1a1a';
const MUTED = '#4d4d4d';
const X = 88;

export interface ShareImage {
  /** Small line on top, e.g. "Aschaffenburg · Smart Data Dashboard Aschaffenburg". */
  kicker: string;
  /** KPI or tile name (at most two lines; longer names end in "…"). */
  name: string;
  /**
   * The headline figure, e.g. { value: "5,6", unit: "t", period: "(2024, vorläufig)" }; none for a page without one.
   */
  figure?: { value: string; unit: string; period: string };
  /** The trend, e.g. { arrow: "▼", text: "−0,3 t seit 2023", word: "Entwicklung positiv", colour: "#0b6e2f" }. */
  trend?: { arrow: string; text: string; word: string; colour: string };
  /** Under the figure: which KPI it is, on a tile's image. */
  note?: string;
  /** Bottom line: the address. */
  footer: string;
  /** Accent colour (readable on white): the bar at the left edge. */
  accent: string;
}

export function shareImageSvg(image: ShareImage): string {
  const { width, height } = SHARE_IMAGE_SIZE;
  const inner = width - X - 64;
  const parts: string[] = [];
  parts.push(
    `<rect width="${width}" height="${height}" fill="#ffffff"/><rect width="28" height="${height}" fill="${image.accent}"/>`,
  );
  parts.push(svgText(X, 92, wrapText(image.kicker, 28, inner, 1)[0] ?? '', { size: 28, colour: MUTED }));
  const nameLines = wrapText(image.name, 54, inner, 2, true);
  nameLines.forEach((line, i) => parts.push(svgText(X, 170 + i * 64, line, { size: 54, colour: TEXT, bold: true })));
  let y = 170 + (nameLines.length - 1) * 64 + 40;
  if (image.figure) {
    y += 120;
    const value = `${image.figure.value} ${image.figure.unit}`.trim();
    // A long unit shrinks the figure rather than leaving the image.
    const size = Math.min(
      120,
      Math.floor((inner - textWidth(image.figure.period, 34) - 24) / Math.max(textWidth(value, 1, true), 1)),
    );
    parts.push(svgText(X, y, value, { size, colour: TEXT, bold: true }));
    parts.push(svgText(X + textWidth(value, size, true) + 20, y, image.figure.period, { size: 34, colour: MUTED }));
  }
  if (image.trend) {
    y += 64;
    const line = `${image.trend.arrow} ${image.trend.text} (${image.trend.word})`;
    parts.push(
      svgText(X, y, wrapText(line, 36, inner, 1, true)[0] ?? '', { size: 36, colour: image.trend.colour, bold: true }),
    );
  }
  if (image.note)
    parts.push(
      svgText(X, Math.min(y + 52, height - 90), wrapText(image.note, 28, inner, 1)[0] ?? '', {
        size: 28,
        colour: MUTED,
      }),
    );
  parts.push(
    `<line x1="${X}" y1="${height - 68}" x2="${width - 64}" y2="${height - 68}" stroke="#c8c8c8" stroke-width="2"/>`,
  );
  parts.push(svgText(X, height - 30, wrapText(image.footer, 24, inner, 1)[0] ?? '', { size: 24, colour: MUTED }));
  const label = [
    image.name,
    image.figure ? `${image.figure.value} ${image.figure.unit} ${image.figure.period}` : '',
    image.trend ? `${image.trend.text} (${image.trend.word})` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${IMAGE_FONT_FAMILY}" role="img" aria-label="${escapeXml(label)}">`,
    ...parts,
    '</svg>',
  ].join('');
}
