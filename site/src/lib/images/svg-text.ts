// Text in the generated SVG images: escaping, and line breaking by an
// estimate of the width in DejaVu Sans (the font the PNGs are rendered with,
// png.ts). The estimate errs on the wide side, so a line never overflows.

/** Text as SVG character data or attribute value: `<`, `&`, `>` and quotes escaped. */
export const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Advance widths of DejaVu Sans in em, by kind of character (rounded up). */
function advance(ch: string): number {
  if (ch === ' ' || ch === '\u202f' || ch === '\u00a0') return 0.32;
  if ("ijlI.,:;!|'’()[]ft".includes(ch)) return 0.4;
  if (/[0-9]/.test(ch)) return 0.64;
  if ('mwMW@%'.includes(ch)) return 0.95;
  if (/[A-ZÄÖÜ]/.test(ch)) return 0.74;
  return 0.62;
}

/** Estimated width of `text` at `size` px; bold glyphs are about a tenth wider. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * size * (bold ? 1.1 : 1);
}

/** `text` broken into lines no wider than `width`; beyond `maxLines` the last line ends in "…". */
export function wrapText(
  text: string,
  size: number,
  width: number,
  maxLines = Number.POSITIVE_INFINITY,
  bold = false,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, size, bold) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = lines.slice(maxLines - 1).join(' ');
  while (last.length > 1 && textWidth(`${last}…`, size, bold) > width) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** A size to set a text at, and the most lines it may take there. */
export interface TextSetting {
  size: number;
  maxLines: number;
}

/**
 * `text` at the first of `settings` at which it fits whole (no line wider than `width`, no more lines than allowed);
 * only at the last setting is it shortened with "…". For texts that must not lose their end, such as a trend's
 * verdict.
 */
export function fitText(
  text: string,
  width: number,
  settings: readonly [TextSetting, ...TextSetting[]],
  bold = false,
): { size: number; lines: string[] } {
  for (const { size, maxLines } of settings) {
    const lines = wrapText(text, size, width, Number.POSITIVE_INFINITY, bold);
    if (lines.length <= maxLines && lines.every((line) => textWidth(line, size, bold) <= width)) return { size, lines };
  }
  const last = settings[settings.length - 1]!;
  return { size: last.size, lines: wrapText(text, last.size, width, last.maxLines, bold) };
}

export interface TextStyle {
  size: number;
  colour?: string;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** One `<text>` element; the font is the image's (set on the root element). */
export function svgText(x: number, y: number, text: string, style: TextStyle, extra = ''): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${style.size}"`,
    style.bold ? 'font-weight="bold"' : '',
    style.colour ? `fill="${style.colour}"` : '',
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
    extra,
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

/** Coordinates with at most one decimal: smaller files, no visible difference. */
export const round = (n: number): number => Math.round(n * 10) / 10;
