// Text in the generated SVG images: escaping, and line breaking by an
// estimate of the width in DejaVu Sans (the font the PNGs are rendered with,
// png.ts). The estimate errs on the wide side, so a line never overflows
// (share-previews.test.ts checks the rendered pixels of the demo's previews).

/** Text as SVG character data or attribute value: `<`, `&`, `>` and quotes escaped. */
export const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * Advance widths of DejaVu Sans in em, by kind of character, rounded up; with the bold factor below, at or above the
 * bold glyphs' own (measured with resvg in the shipped font: bold lower case up to 0.71, "…" 1.0, "−" 0.83).
 */
function advanceOf(ch: string): number {
  if (ch === ' ' || ch === '\u202f' || ch === '\u00a0') return 0.32;
  if ("ijlI.,:;!|'’()[]".includes(ch)) return 0.4;
  if ('ft'.includes(ch)) return 0.45;
  if (/[0-9]/.test(ch)) return 0.64;
  if ('…'.includes(ch)) return 0.9;
  if ('mwMW@%'.includes(ch)) return 0.95;
  if ('−±<>=+÷×&▲▼▶◀'.includes(ch)) return 0.78;
  if (/[A-ZÄÖÜ]/.test(ch)) return 0.8;
  return 0.64;
}

/** Each character's advance, looked up once: the chart images measure every label (0.2 s of a 10× build). */
const advances = new Map<string, number>();
function advance(ch: string): number {
  let em = advances.get(ch);
  if (em === undefined) advances.set(ch, (em = advanceOf(ch)));
  return em;
}

/** Estimated width of `text` at `size` px; bold glyphs are up to an eighth wider. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * size * (bold ? 1.12 : 1);
}

/** A word wider than the line, in pieces that fit, each but the last ending in a hyphen. */
function brokenWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (!fits(rest) && rest.length > 1) {
    let cut = rest.length - 1;
    while (cut > 1 && !fits(`${rest.slice(0, cut)}-`)) cut--;
    pieces.push(`${rest.slice(0, cut)}-`);
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

/**
 * `text` broken into lines no wider than `width` (a word wider than a line broken with a hyphen); beyond `maxLines`
 * the last line ends in "…", after whole words where it can.
 */
export function wrapText(
  text: string,
  size: number,
  width: number,
  maxLines = Number.POSITIVE_INFINITY,
  bold = false,
): string[] {
  const fits = (line: string) => textWidth(line, size, bold) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text
    .trim()
    .split(/\s+/)
    .flatMap((w) => (fits(w) ? [w] : brokenWord(w, fits)))) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || fits(candidate)) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const words = lines[maxLines - 1]!.split(' ');
  // The words of the last line that fit with "…" after them; letters cut only from a single word.
  while (words.length > 1 && !fits(`${words.join(' ')} …`)) words.pop();
  let last = words.join(' ');
  if (words.length > 1) last = `${last} `;
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

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
  const words = text.trim().split(/\s+/);
  for (const { size, maxLines } of settings) {
    // Only where every word fits on a line of its own: a word broken with a hyphen is for the last setting.
    if (words.some((word) => textWidth(word, size, bold) > width)) continue;
    const lines = wrapText(text, size, width, Number.POSITIVE_INFINITY, bold);
    if (lines.length <= maxLines) return { size, lines };
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
