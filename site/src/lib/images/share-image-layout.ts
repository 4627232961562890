// Where the texts of a share preview go (share-image.ts draws them). Each
// text is set at the largest size at which it fits whole; a long name takes
// more, smaller lines, a long unit goes under the number instead of shrinking
// it, a long trend puts its verdict on a line of its own, and where all that
// would reach the footer the figure gives way. Only a text no setting holds
// is cut with "…" (seen in none of the demo's 225 previews): the note first,
// then the name, then the lines under the figure and the trend's change —
// never the verdict — and an overlong word is broken with a hyphen
// (svg-text.ts). Nothing goes below BOTTOM.
import { fitText, textWidth, type TextSetting } from './svg-text.ts';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
/** The left edge of the texts, and the width they may take. */
export const SHARE_TEXT_X = 88;
export const SHARE_TEXT_WIDTH = SHARE_IMAGE_SIZE.width - SHARE_TEXT_X - 64;
/** The small line on top, and the footer: its rule and the address under it. */
export const KICKER = { y: 92, size: 28 } as const;
export const FOOTER = { ruleY: SHARE_IMAGE_SIZE.height - 68, y: SHARE_IMAGE_SIZE.height - 30, size: 24 } as const;
/** The period beside the figure. */
export const PERIOD_SIZE = 34;
/** The lowest baseline of the texts above the footer's rule, their descenders clear of it. */
const BOTTOM = FOOTER.ruleY - 22;
/** Space between the blocks: above the name's first line, between name and figure, before each block under it. */
const GAP = { name: 24, figure: 40, figureRest: 12, trend: 28, note: 24, period: 20 } as const;
const FIGURE_SIZE = { largest: 120, smallest: 64 } as const;

type Settings = readonly [TextSetting, ...TextSetting[]];
const one = (size: number): Settings => [{ size, maxLines: 1 }];

/** How much room each text may take; the attempts below give less and less. */
interface Attempt {
  name: Settings;
  /** The note; none: left out. */
  note?: Settings;
  /** The period, or unit and period, under a figure that has no room for them beside it. */
  figureRest: Settings;
  /** The trend's change when its verdict takes a line of its own. */
  trendChange: Settings;
}
const ROOMY: Attempt = {
  name: [
    { size: 54, maxLines: 2 },
    { size: 46, maxLines: 3 },
    { size: 40, maxLines: 3 },
    { size: 36, maxLines: 4 },
  ],
  note: [
    { size: 28, maxLines: 1 },
    { size: 28, maxLines: 2 },
    { size: 24, maxLines: 2 },
  ],
  figureRest: [
    { size: PERIOD_SIZE, maxLines: 1 },
    { size: PERIOD_SIZE, maxLines: 2 },
    { size: 28, maxLines: 2 },
  ],
  trendChange: [
    { size: 36, maxLines: 1 },
    { size: 32, maxLines: 1 },
    { size: 28, maxLines: 2 },
  ],
};
/** Where nothing else helps: cut, the note first, but never over the footer. */
const ATTEMPTS: readonly Attempt[] = [
  ROOMY,
  { ...ROOMY, note: one(24) },
  { ...ROOMY, name: [{ size: 40, maxLines: 2 }], note: one(24) },
  { ...ROOMY, name: [{ size: 40, maxLines: 2 }], note: undefined },
  { name: [{ size: 40, maxLines: 2 }], figureRest: one(28), trendChange: one(28) },
];

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
  /** The figure ("5,6 t"), and its period beside it where there is room. */
  figure?: { text: string; size: number; y: number; period?: { text: string; x: number } };
  /** What of the figure did not fit on its line, under it: the period, or the unit and the period. */
  figureRest?: PlacedText;
  trend?: PlacedText;
  note?: PlacedText;
}

/** The largest figure size at which `text` (bold) fits in `width`, at most the largest figure size. */
const figureFit = (text: string, width: number) =>
  Math.min(FIGURE_SIZE.largest, Math.floor(width / Math.max(textWidth(text, 1, true), 1)));

/**
 * How the figure is set: value, unit and period on one line; or value and unit, the period under it; or the value
 * alone, unit and period under it — the first that keeps the figure at least FIGURE_SIZE.smallest, so that a long unit
 * does not shrink the number.
 */
function figureSetting(figure: NonNullable<ShareTexts['figure']>) {
  const withUnit = `${figure.value} ${figure.unit}`.trim();
  const besidePeriod = SHARE_TEXT_WIDTH - textWidth(figure.period, PERIOD_SIZE) - GAP.period - 4;
  const choices = [
    { text: withUnit, widest: figureFit(withUnit, besidePeriod), periodBeside: true, rest: '' },
    { text: withUnit, widest: figureFit(withUnit, SHARE_TEXT_WIDTH), periodBeside: false, rest: figure.period },
    {
      text: figure.value,
      widest: figureFit(figure.value, SHARE_TEXT_WIDTH),
      periodBeside: false,
      rest: `${figure.unit} ${figure.period}`.trim(),
    },
  ];
  return choices.find((c) => c.widest >= FIGURE_SIZE.smallest) ?? choices[2]!;
}

/** The trend on one line; where it does not fit, its verdict ("Entwicklung positiv") on a line of its own. */
function trendText(trend: NonNullable<ShareTexts['trend']>, change: Settings): { size: number; lines: string[] } {
  const whole = `${trend.arrow} ${trend.text} (${trend.word})`;
  for (const { size, maxLines } of change)
    if (maxLines === 1 && textWidth(whole, size, true) <= SHARE_TEXT_WIDTH) return { size, lines: [whole] };
  const changed = fitText(`${trend.arrow} ${trend.text}`, SHARE_TEXT_WIDTH, change, true);
  return { size: changed.size, lines: [...changed.lines, trend.word] };
}

const lineHeight = (size: number) => Math.round(size * 1.2);
/** `text` placed with its first baseline `gap` under `above` (a baseline). */
const placedUnder = (above: number, gap: number, { size, lines }: { size: number; lines: string[] }): PlacedText => ({
  size,
  lines: lines.map((text, i) => ({ text, y: above + gap + size + i * lineHeight(size) })),
});
const lastY = (text: PlacedText) => text.lines[text.lines.length - 1]!.y;

export function shareLayout(texts: ShareTexts): ShareLayout {
  const figure = texts.figure && figureSetting(texts.figure);
  const widest = figure?.widest ?? 0;

  const arrange = (attempt: Attempt, figureSize: number): ShareLayout => {
    const layout: ShareLayout = {
      name: placedUnder(KICKER.y, GAP.name, fitText(texts.name, SHARE_TEXT_WIDTH, attempt.name, true)),
    };
    let y = lastY(layout.name);
    if (figure && texts.figure) {
      y += GAP.figure + figureSize;
      const period = {
        text: texts.figure.period,
        x: SHARE_TEXT_X + textWidth(figure.text, figureSize, true) + GAP.period,
      };
      layout.figure = { text: figure.text, size: figureSize, y, ...(figure.periodBeside ? { period } : {}) };
      if (figure.rest) {
        layout.figureRest = placedUnder(y, GAP.figureRest, fitText(figure.rest, SHARE_TEXT_WIDTH, attempt.figureRest));
        y = lastY(layout.figureRest);
      }
    }
    if (texts.trend) y = lastY((layout.trend = placedUnder(y, GAP.trend, trendText(texts.trend, attempt.trendChange))));
    if (texts.note && attempt.note)
      layout.note = placedUnder(y, GAP.note, fitText(texts.note, SHARE_TEXT_WIDTH, attempt.note));
    return layout;
  };
  const overflow = (layout: ShareLayout) =>
    Math.max(
      ...[layout.name, layout.figureRest, layout.trend, layout.note].map((t) => (t ? lastY(t) : 0)),
      layout.figure?.y ?? 0,
    ) - BOTTOM;

  // The figure gives way first, down to a size still read at a glance (never larger than its width allows); then the
  // attempts give each text less room.
  let layout: ShareLayout | undefined;
  for (const attempt of ATTEMPTS) {
    layout = arrange(attempt, widest);
    const over = overflow(layout);
    if (over > 0 && figure) layout = arrange(attempt, Math.min(widest, Math.max(FIGURE_SIZE.smallest, widest - over)));
    if (overflow(layout) <= 0) return layout;
  }
  return layout!;
}
