// WCAG contrast helpers: pick readable text on coloured backgrounds (SDG
// colours) and keep the city's accent colour readable on white.
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export const textOn = (background: string) =>
  contrastRatio(background, '#000000') >= contrastRatio(background, '#FFFFFF') ? '#000000' : '#FFFFFF';

/** Darkens `hex` step by step until it reaches `ratio` against white (for links and buttons). */
export function readableOnWhite(hex: string, ratio = 4.5): string {
  let n = Number.parseInt(hex.slice(1), 16);
  for (let i = 0; i < 20 && contrastRatio(`#${n.toString(16).padStart(6, '0')}`, '#FFFFFF') < ratio; i++) {
    const r = Math.floor(((n >> 16) & 255) * 0.9);
    const g = Math.floor(((n >> 8) & 255) * 0.9);
    const b = Math.floor((n & 255) * 0.9);
    n = (r << 16) | (g << 8) | b;
  }
  return `#${n.toString(16).padStart(6, '0')}`;
}
