// The share preview (Open Graph / Twitter card, 1200×630): the city, the
// KPI's or tile's name, the headline figure with its period, and its trend in
// words with an arrow (colour is only a second cue, as on the page). Where
// each text goes: share-image-layout.ts.
import { escapeXml, svgText, wrapText } from './svg-text.ts';
import { IMAGE_FONT_FAMILY } from './chart-image.ts';
import {
  FOOTER,
  KICKER,
  PERIOD_SIZE,
  SHARE_IMAGE_SIZE,
  SHARE_TEXT_WIDTH,
  SHARE_TEXT_X as X,
  shareLayout,
  type PlacedText,
} from './share-image-layout.ts';

export { SHARE_IMAGE_SIZE };
const TEXT = '#1a1a1a';
const MUTED = '#4d4d4d';

export interface ShareImage {
  /** Small line on top, e.g. "Aschaffenburg · Smart Data Dashboard Aschaffenburg". */
  kicker: string;
  /** KPI or tile name (two lines, three smaller ones for a long name; only beyond that it ends in "…"). */
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
  const layout = shareLayout(image);
  const lines = (text: PlacedText | undefined, colour: string, bold = false) =>
    (text?.lines ?? []).map((line) => svgText(X, line.y, line.text, { size: text!.size, colour, bold }));
  const parts = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/><rect width="28" height="${height}" fill="${image.accent}"/>`,
    svgText(X, KICKER.y, wrapText(image.kicker, KICKER.size, SHARE_TEXT_WIDTH, 1)[0] ?? '', {
      size: KICKER.size,
      colour: MUTED,
    }),
    ...lines(layout.name, TEXT, true),
  ];
  if (layout.figure) {
    const { text, size, y, period } = layout.figure;
    parts.push(svgText(X, y, text, { size, colour: TEXT, bold: true }));
    if (period) parts.push(svgText(period.x, y, period.text, { size: PERIOD_SIZE, colour: MUTED }));
  }
  parts.push(...lines(layout.figureRest, MUTED));
  parts.push(...lines(layout.trend, image.trend?.colour ?? MUTED, true), ...lines(layout.note, MUTED));
  parts.push(
    `<line x1="${X}" y1="${FOOTER.ruleY}" x2="${X + SHARE_TEXT_WIDTH}" y2="${FOOTER.ruleY}" stroke="#c8c8c8" stroke-width="2"/>`,
  );
  parts.push(
    svgText(X, FOOTER.y, wrapText(image.footer, FOOTER.size, SHARE_TEXT_WIDTH, 1)[0] ?? '', {
      size: FOOTER.size,
      colour: MUTED,
    }),
  );
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
