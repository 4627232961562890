// How a KPI chart's series look, shared by the canvas chart in the browser
// (chart-config.ts) and the downloadable SVG/PNG (images/chart-svg.ts), so the
// image looks like the page's chart. Series differ by colour (Okabe–Ito hues
// with ≥ 3:1 against white) AND by point shape; dashes mean "provisional",
// never a series; comparison series are grey and dotted; the target is a grey
// cross at its year.

/** Okabe–Ito hues that reach ≥ 3:1 against white (orange, sky blue and yellow do not). */
export const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000'] as const;
export type PointShape = 'circle' | 'rect' | 'triangle' | 'rectRot' | 'line';
const SHAPES: PointShape[] = ['circle', 'rect', 'triangle', 'rectRot'];
export const TARGET_COLOUR = '#4D4D4D';
export const PROVISIONAL_DASH = [4, 4];
export const NEUTRAL = '#4D4D4D';

/**
 * Comparison series (other areas): greys, small points, a dotted line — apart from the city's own colours and from the
 * provisional dash.
 */
export const COMPARISON_COLOURS = ['#595959', '#767676', '#3D3D3D'] as const;
export const COMPARISON_DOTS = [2, 3];

export interface SeriesLook {
  colour: string;
  shape: PointShape;
  dash: number[];
  width: number;
}

/**
 * Colour, point shape and line of each series: the city's own series count up the palette, comparison series the greys.
 */
export function looksOf(series: readonly { comparison?: boolean }[]): SeriesLook[] {
  let own = 0;
  let other = 0;
  return series.map((s) =>
    s.comparison
      ? {
          colour: COMPARISON_COLOURS[other++ % COMPARISON_COLOURS.length] ?? '#595959',
          shape: 'line',
          dash: COMPARISON_DOTS,
          width: 1.5,
        }
      : {
          colour: COLOURS[own % COLOURS.length] ?? '#000000',
          shape: SHAPES[own++ % SHAPES.length] ?? 'circle',
          dash: [],
          width: 2,
        },
  );
}

/** The x axis with the target's year on it: the periods, extended year by
 *  year up to the target year if it lies beyond them; `at` is its position. */
export function placeTarget(periods: readonly string[], year: number): { labels: string[]; at: number } {
  const labels = [...periods];
  let at = labels.findIndex((p) => p.startsWith(String(year)));
  if (at < 0) {
    const lastYear = Number.parseInt(labels.at(-1) ?? '', 10);
    for (let y = Number.isFinite(lastYear) ? lastYear + 1 : year; y < year; y++) labels.push(String(y));
    labels.push(String(year));
    at = labels.length - 1;
  }
  return { labels, at };
}
