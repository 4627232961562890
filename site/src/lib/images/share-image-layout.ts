// Where the texts of a share preview go (share-image.ts draws them). Each
// text is set at the largest size at which it fits whole; a long name takes a
// third, smaller line, a long trend puts its verdict on a line of its own, and
// where all that would reach the footer the figure gives way. Only a text no
// setting holds is cut with "…" (seen in none of the demo's 225 previews).
import { fitText, textWidth, type TextSetting } from './svg-text.ts';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
/** The left edge of the texts, and the width they may take. */
export const SHARE_TEXT_X = 88;
export const SHARE_TEXT_WIDTH = SHARE_IMAGE_SIZE.width - SHARE_TEXT_X - 64;
/** The period beside the figure. */
export const PERIOD_SIZE = 34;
/** The lowest baseline of the texts above the footer's rule (y 562). */
const BOTTOM = SHARE_IMAGE_SIZE.height - 90;

type Settings = readonly [TextSetting, ...TextSetting[]];
const NAME: Settings = [
  { size: 54, maxLines: 2 },
  { size: 46, maxLines: 3 },
  { size: 40, maxLines: 3 },
];
/** For the change when the verdict takes a line of its own. */
const TREND_CHANGE: Settings = [
  { size: 36, maxLines: 1 },
  { size: 32, maxLines: 1 },
  { size: 28, maxLines: 2 },
];
const NOTE: Settings = [
  { size: 28, maxLines: 1 },
  { size: 28, maxLines: 2 },
  { size: 24, maxLines: 2 },
];
/** Where nothing else helps: cut, the note first, but never over the footer. */
const NAME_LAST_RESORT: Settings = [{ size: 40, maxLines: 2 }];
const NOTE_LAST_RESORT: Settings = [{ size: 24, maxLines: 1 }];
const ATTEMPTS: readonly (readonly [name: Settings, note: Settings])[] = [
  [NAME, NOTE],
  [NAME, NOTE_LAST_RESORT],
  [NAME_LAST_RESORT, NOTE_LAST_RESORT],
];
const FIGURE_SIZE = { largest: 120, smallest: 64 } as const;

/** What a share preview shows, as far as its layout is concerned. */
export interface ShareTexts {
  name: string;
  figure?: { value: string; unit: string; period: string };
  trend?: { arrow: string; text: string; word: string };
  note?: string;
}

/** Lines of one text, at one size, with the baseline of each. */
export interface PlacedText {
  size: number;
  lines: { text: string; y: number }[];
}

export interface ShareLayout {
  name: PlacedText;
  /** The figure as one line ("5,6 t"), its period beside it. */
  figure?: { text: string; size: number; y: number; periodX: number };
  trend?: PlacedText;
  note?: PlacedText;
}

/** The trend on one line; where it does not fit, its verdict ("Entwicklung positiv") on a line of its own. */
function trendText(trend: NonNullable<ShareTexts['trend']>): { size: number; lines: string[] } {
  const whole = `${trend.arrow} ${trend.text} (${trend.word})`;
  for (const size of [36, 32]) if (textWidth(whole, size, true) <= SHARE_TEXT_WIDTH) return { size, lines: [whole] };
  const change = fitText(`${trend.arrow} ${trend.text}`, SHARE_TEXT_WIDTH, TREND_CHANGE, true);
  return { size: change.size, lines: [...change.lines, trend.word] };
}

const lineHeight = (size: number) => Math.round(size * 1.2);
/** `text` placed with its first baseline at `first`. */
const placed = ({ size, lines }: { size: number; lines: string[] }, first: number): PlacedText => ({
  size,
  lines: lines.map((text, i) => ({ text, y: first + i * lineHeight(size) })),
});
const lastY = (text: PlacedText) => text.lines[text.lines.length - 1]!.y;

export function shareLayout(texts: ShareTexts): ShareLayout {
  const value = texts.figure && `${texts.figure.value} ${texts.figure.unit}`.trim();
  // A long unit shrinks the figure rather than leaving the image.
  const widest =
    texts.figure && value
      ? Math.min(
          FIGURE_SIZE.largest,
          Math.floor(
            (SHARE_TEXT_WIDTH - textWidth(texts.figure.period, PERIOD_SIZE) - 24) /
              Math.max(textWidth(value, 1, true), 1),
          ),
        )
      : 0;
  const trend = texts.trend && trendText(texts.trend);

  const arrange = (name: Settings, note: Settings, figureSize: number): ShareLayout => {
    const nameText = fitText(texts.name, SHARE_TEXT_WIDTH, name, true);
    const layout: ShareLayout = { name: placed(nameText, 116 + nameText.size) };
    let y = lastY(layout.name) + 40;
    if (value) {
      y += figureSize;
      layout.figure = {
        text: value,
        size: figureSize,
        y,
        periodX: SHARE_TEXT_X + textWidth(value, figureSize, true) + 20,
      };
    }
    if (trend) y = lastY((layout.trend = placed(trend, y + 28 + trend.size)));
    if (texts.note) {
      const noteText = fitText(texts.note, SHARE_TEXT_WIDTH, note);
      layout.note = placed(noteText, y + 24 + noteText.size);
    }
    return layout;
  };
  const overflow = (layout: ShareLayout) =>
    Math.max(...[layout.name, layout.trend, layout.note].map((t) => (t ? lastY(t) : 0))) - BOTTOM;

  // The figure gives way first, down to a size still read at a glance (never larger than its width allows); then the
  // note is cut to one line; then the name to two.
  for (const [name, note] of ATTEMPTS) {
    let layout = arrange(name, note, widest);
    const over = overflow(layout);
    if (over > 0 && value)
      layout = arrange(name, note, Math.min(widest, Math.max(FIGURE_SIZE.smallest, widest - over)));
    if (overflow(layout) <= 0) return layout;
  }
  return arrange(NAME_LAST_RESORT, NOTE_LAST_RESORT, Math.min(widest, FIGURE_SIZE.smallest));
}
