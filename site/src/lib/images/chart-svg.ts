// A KPI chart as SVG, drawn at build time from the same ChartData the page's
// canvas gets (chart-data.ts) and with the same looks (chart-looks.ts): line
// or bar, the city's series in colour with point shapes, comparison series
// grey and dotted, provisional values hollow/hatched with a dashed line, the
// target as a grey cross at its year, axis numbers in German format.
import type { ChartData } from '@sdd/shared-types';
import { deChart } from '../../i18n/de-chart.ts';
import {
  looksOf,
  NEUTRAL,
  placeTarget,
  PROVISIONAL_DASH,
  TARGET_COLOUR,
  type PointShape,
  type SeriesLook,
} from '../chart-looks.ts';
import { formatNumber } from '../format.ts';
import { round, svgText, textWidth, wrapText } from './svg-text.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const TEXT = '#1a1a1a';
const GRID = '#e0e0e0';
const FONT = 16;
const LEGEND_ROW = 28;
/** The target cross as on the canvas (radius fontSize·√2/2, stroke 3), at this image's font size. */
const TARGET_RADIUS = (FONT * Math.SQRT2) / 2;
const TARGET_STROKE = 3;

/** German number format with the KPI's decimals, as the canvas chart's axis (format.ts: one formatter per decimals). */
export function numberFormat(decimals: number): (v: number) => string {
  const digits = Math.min(Math.max(Math.trunc(decimals) || 0, 0), 20);
  return (v) => formatNumber(v, digits);
}

/** Round axis ticks (steps 1, 2, 5 × 10ⁿ, never finer than the KPI's decimals) covering [min, max]. */
export function axisTicks(min: number, max: number, decimals: number, count = 5): number[] {
  const finest = 10 ** -Math.max(0, Math.trunc(decimals) || 0);
  const span = max - min || Math.max(Math.abs(max) * 0.1, finest * 4);
  const lo = max - min ? min : min - span / 2;
  const hi = max - min ? max : max + span / 2;
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  const step = Math.max(finest, (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude);
  const first = Math.floor(lo / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= hi + step * 1e-6 || ticks.length < 2; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks.at(-1)! < hi - step * 1e-6) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
  return ticks;
}

/** A point symbol (also the legend's), centred on (x, y). */
function point(shape: PointShape, x: number, y: number, r: number, colour: string, hollow: boolean): string {
  const fill = hollow ? '#ffffff' : colour;
  const paint = `fill="${fill}" stroke="${colour}" stroke-width="2"`;
  const poly = (pts: [number, number][]) =>
    `<polygon points="${pts.map(([a, b]) => `${round(a)},${round(b)}`).join(' ')}" ${paint}/>`;
  switch (shape) {
    case 'rect':
      return `<rect x="${round(x - r * 0.85)}" y="${round(y - r * 0.85)}" width="${round(r * 1.7)}" height="${round(r * 1.7)}" ${paint}/>`;
    case 'triangle':
      return poly([
        [x, y - r * 1.1],
        [x + r, y + r * 0.75],
        [x - r, y + r * 0.75],
      ]);
    case 'rectRot':
      return poly([
        [x, y - r * 1.2],
        [x + r * 1.2, y],
        [x, y + r * 1.2],
        [x - r * 1.2, y],
      ]);
    case 'line':
      return `<line x1="${round(x - r)}" y1="${round(y)}" x2="${round(x + r)}" y2="${round(y)}" stroke="${colour}" stroke-width="2"/>`;
    default:
      return `<circle cx="${round(x)}" cy="${round(y)}" r="${r}" ${paint}/>`;
  }
}

const cross = (x: number, y: number, r: number) => {
  const d = r / Math.SQRT2;
  return `<path d="M${round(x - d)} ${round(y - d)}L${round(x + d)} ${round(y + d)}M${round(x - d)} ${round(y + d)}L${round(x + d)} ${round(y - d)}" stroke="${TARGET_COLOUR}" stroke-width="${TARGET_STROKE}" stroke-linecap="round" fill="none"/>`;
};

const dashAttr = (dash: readonly number[]) => (dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : '');

interface LegendItem {
  label: string;
  symbol: (x: number, y: number) => string;
}

function legendItems(
  d: ChartData,
  looks: SeriesLook[],
  targetLabel: string,
  hatchId: (look: SeriesLook | undefined) => string,
): LegendItem[] {
  const isBar = d.chartType === 'bar';
  const items: LegendItem[] = d.series.map((s, i) => {
    const look = looks[i]!;
    return {
      label: s.label,
      symbol: (x, y) =>
        isBar
          ? `<rect x="${x}" y="${y - 7}" width="28" height="14" fill="${look.colour}" stroke="${look.colour}" stroke-width="2"/>`
          : `<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${look.colour}" stroke-width="${look.width}"${dashAttr(look.dash)}/>${point(look.shape, x + 14, y, 5, look.colour, false)}`,
    };
  });
  if (d.target) items.push({ label: targetLabel, symbol: (x, y) => cross(x + 14, y, TARGET_RADIUS) });
  if (d.series.some((s) => s.provisional.some(Boolean))) {
    items.push({
      label: isBar ? deChart.legendProvisionalBar : deChart.legendProvisionalLine,
      symbol: (x, y) =>
        isBar
          ? `<rect x="${x}" y="${y - 7}" width="28" height="14" fill="url(#${hatchId(undefined)})" stroke="${NEUTRAL}" stroke-width="2"/>`
          : `<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${NEUTRAL}" stroke-width="2"${dashAttr(PROVISIONAL_DASH)}/>${point('circle', x + 14, y, 5, NEUTRAL, true)}`,
    });
  }
  return items;
}

/** Legend items in rows of at most `width`: their symbols and labels, and the height they take. */
function layoutLegend(
  items: LegendItem[],
  box: { x: number; width: number },
): { rows: { item: LegendItem; x: number; row: number }[]; height: number } {
  const rows: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = 36 + textWidth(item.label, FONT) + 24;
    if (x > 0 && x + w > box.width) {
      row++;
      x = 0;
    }
    rows.push({ item, x: box.x + x, row });
    x += w;
  }
  return { rows, height: items.length ? (row + 1) * LEGEND_ROW + 8 : 0 };
}

/**
 * The chart of `d` inside `box`: y axis with gridlines, the x axis's periods
 * (thinned when they would overlap), the series, the target, the legend under
 * the plot (shown as on the canvas: several series, a target or provisional values).
 * `id` keeps pattern ids apart when one image holds several charts.
 */
export function chartSvg(d: ChartData, box: Box, id: string): string {
  const isBar = d.chartType === 'bar';
  const format = numberFormat(d.decimals);
  const unit = d.unit.trim();
  const withUnit = (v: number) => (unit ? `${format(v)}\u00a0${unit}` : format(v));
  const unitOnTicks = unit.length > 0 && unit.length <= 4;
  const looks = looksOf(d.series);
  const hatchId = (look: SeriesLook | undefined) => `${id}-hatch-${look ? looks.indexOf(look) : 'neutral'}`;
  const targetLabel = d.target ? deChart.target(d.target.year, withUnit(d.target.value)) : '';

  const showLegend = d.series.length > 1 || d.target !== null || d.series.some((s) => s.provisional.some(Boolean));
  const legend = layoutLegend(showLegend ? legendItems(d, looks, targetLabel, hatchId) : [], {
    x: box.x,
    width: box.width,
  });

  // The value axis: all values and the target; bars start at zero.
  const values = d.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (d.target) values.push(d.target.value);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (isBar) {
    min = Math.min(0, min);
    max = Math.max(0, max);
  } else {
    const grace = (max - min) * 0.05;
    min -= grace;
    max += grace;
  }
  const ticks = axisTicks(min, max, d.decimals);
  const lo = ticks[0]!;
  const hi = ticks.at(-1)!;
  const tickLabel = (v: number) => (unitOnTicks ? withUnit(v) : format(v));
  const tickWidth = Math.max(...ticks.map((t) => textWidth(tickLabel(t), FONT)));
  const axisTitleRoom = unit && !unitOnTicks ? FONT + 12 : 0;

  const plot = {
    x: box.x + axisTitleRoom + tickWidth + 12,
    y: box.y + 10,
    width: 0,
    height: box.height - 10 - FONT - 14 - legend.height - (legend.height ? 12 : 0),
  };
  plot.width = box.x + box.width - plot.x - 10;
  const yOf = (v: number) => plot.y + plot.height - ((v - lo) / (hi - lo || 1)) * plot.height;

  // The category axis, with the target's year on it (as on the canvas).
  const { labels, at } = d.target ? placeTarget(d.periods, d.target.year) : { labels: [...d.periods], at: -1 };
  const band = plot.width / Math.max(labels.length, 1);
  const xOf = (i: number) => plot.x + band * (i + 0.5);
  const widest = Math.max(...labels.map((l) => textWidth(l, FONT)));
  const every = Math.max(1, Math.ceil((widest + 10) / band));

  const out: string[] = [];
  out.push(
    `<defs>${[...looks, undefined]
      .map((look) => {
        const colour = look?.colour ?? NEUTRAL;
        return `<pattern id="${hatchId(look)}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#ffffff"/><path d="M0 8L8 0M-2 2L2 -2M6 10L10 6" stroke="${colour}" stroke-width="2"/></pattern>`;
      })
      .join('')}</defs>`,
  );

  // Grid and value axis.
  for (const t of ticks) {
    const y = yOf(t);
    out.push(
      `<line x1="${round(plot.x)}" y1="${round(y)}" x2="${round(plot.x + plot.width)}" y2="${round(y)}" stroke="${GRID}" stroke-width="1"/>`,
    );
    out.push(svgText(plot.x - 8, y + FONT * 0.35, tickLabel(t), { size: FONT, colour: TEXT, anchor: 'end' }));
  }
  if (axisTitleRoom) {
    const cx = box.x + FONT;
    const cy = plot.y + plot.height / 2;
    out.push(
      svgText(
        cx,
        cy,
        unit,
        { size: FONT, colour: TEXT, anchor: 'middle' },
        `transform="rotate(-90 ${round(cx)} ${round(cy)})"`,
      ),
    );
  }
  out.push(
    `<line x1="${round(plot.x)}" y1="${round(plot.y + plot.height)}" x2="${round(plot.x + plot.width)}" y2="${round(plot.y + plot.height)}" stroke="#767676" stroke-width="1"/>`,
  );
  labels.forEach((label, i) => {
    if (i % every === 0 || i === at)
      out.push(svgText(xOf(i), plot.y + plot.height + FONT + 8, label, { size: FONT, colour: TEXT, anchor: 'middle' }));
  });

  // The series.
  if (isBar) {
    const group = band * 0.8;
    const barWidth = (group / d.series.length) * 0.9;
    const zero = yOf(Math.max(lo, Math.min(0, hi)));
    d.series.forEach((s, k) => {
      const look = looks[k]!;
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = xOf(i) - group / 2 + (group / d.series.length) * k + (group / d.series.length - barWidth) / 2;
        const y = yOf(v);
        const fill = s.provisional[i] ? `url(#${hatchId(look)})` : look.colour;
        out.push(
          `<rect x="${round(x)}" y="${round(Math.min(y, zero))}" width="${round(barWidth)}" height="${round(Math.abs(zero - y))}" fill="${fill}" stroke="${look.colour}" stroke-width="2"/>`,
        );
      });
    });
  } else {
    d.series.forEach((s, k) => {
      const look = looks[k]!;
      const segments: string[] = [];
      for (let i = 0; i + 1 < s.values.length; i++) {
        const a = s.values[i];
        const b = s.values[i + 1];
        if (a == null || b == null) continue;
        const dash = s.comparison ? look.dash : s.provisional[i] || s.provisional[i + 1] ? PROVISIONAL_DASH : [];
        segments.push(
          `<line x1="${round(xOf(i))}" y1="${round(yOf(a))}" x2="${round(xOf(i + 1))}" y2="${round(yOf(b))}" stroke="${look.colour}" stroke-width="${look.width}"${dashAttr(dash)}/>`,
        );
      }
      const points = s.values.flatMap((v, i) =>
        v === null
          ? []
          : [point(look.shape, xOf(i), yOf(v), s.comparison ? 3 : 4, look.colour, s.provisional[i] === true)],
      );
      out.push(
        `<g data-series="${k}"${s.comparison ? ' data-comparison="true"' : ''}>${segments.join('')}${points.join('')}</g>`,
      );
    });
  }
  if (d.target && at >= 0)
    out.push(`<g data-target-year="${d.target.year}">${cross(xOf(at), yOf(d.target.value), TARGET_RADIUS)}</g>`);

  // The legend under the plot.
  const legendTop = plot.y + plot.height + FONT + 14 + 12;
  for (const { item, x, row } of legend.rows) {
    const y = legendTop + row * LEGEND_ROW + LEGEND_ROW / 2;
    out.push(item.symbol(x, y));
    out.push(svgText(x + 36, y + FONT * 0.35, item.label, { size: FONT, colour: TEXT }));
  }
  return out.join('');
}

/** Lines of `text` as `<text>` elements from `y` down; returns them and the y below the last. */
export function textBlock(
  text: string,
  x: number,
  y: number,
  width: number,
  style: { size: number; colour: string; bold?: boolean; lineHeight: number; maxLines?: number },
): { svg: string; bottom: number } {
  const lines = wrapText(text, style.size, width, style.maxLines, style.bold);
  const svg = lines
    .map((line, i) =>
      svgText(x, y + style.size + i * style.lineHeight, line, {
        size: style.size,
        colour: style.colour,
        bold: style.bold,
      }),
    )
    .join('');
  return { svg, bottom: y + style.size + (lines.length - 1) * style.lineHeight + (style.lineHeight - style.size) };
}
