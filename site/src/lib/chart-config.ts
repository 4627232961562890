// The Chart.js configuration of a KPI chart (drawn by scripts/kpi-charts.ts).
// Accessibility: the canvas is an image named by the chart title and described
// by the summary sentences. Series differ by colour (Okabe–Ito hues with ≥ 3:1
// against white) AND by point shape; dashes mean "provisional", never a
// series, and the target is a grey cross at its year, so the legend stays
// unambiguous in greyscale.
import type { ChartData } from '@sdd/shared-types';
import type { ChartConfiguration, ChartDataset, LegendItem, ScriptableContext } from 'chart.js';
import { deChart } from '../i18n/de-chart.ts';
import { COMPARISON_DOTS, looksOf, NEUTRAL, placeTarget, PROVISIONAL_DASH, TARGET_COLOUR } from './chart-looks.ts';

type Values = (number | null)[];
type Kind = 'bar' | 'line';

/** Font size of the chart's text; the legend draws its symbols from it. */
const FONT_SIZE = 13;
/** The target cross in the plot has the size and stroke of its legend symbol
 *  (Chart.js draws legend points with radius fontSize·√2/2 and the item's lineWidth). */
const TARGET_RADIUS = (FONT_SIZE * Math.SQRT2) / 2;
const TARGET_STROKE = 3;

/** Diagonal hatching in `colour` on white: the fill of a provisional bar. */
function hatch(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const g = tile.getContext('2d');
  if (!g) return '#ffffff';
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = colour;
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(0, 8);
  g.lineTo(8, 0);
  g.moveTo(-2, 2);
  g.lineTo(2, -2);
  g.moveTo(6, 10);
  g.lineTo(10, 6);
  g.stroke();
  return g.createPattern(tile, 'repeat') ?? '#ffffff';
}

export function buildChartConfig(
  d: ChartData,
  el: HTMLCanvasElement,
  reduceMotion: boolean,
): ChartConfiguration<Kind, Values, string> {
  const decimals = Math.min(Math.max(Math.trunc(d.decimals) || 0, 0), 20);
  const nf = new Intl.NumberFormat('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const unit = d.unit.trim();
  const withUnit = (v: number): string => (unit ? `${nf.format(v)}\u00a0${unit}` : nf.format(v));
  // Short units ("%", "€", "t") go on every tick; longer ones become the axis title.
  const unitOnTicks = unit.length > 0 && unit.length <= 4;

  const isBar = d.chartType === 'bar';
  const style = getComputedStyle(el);
  const textColour = style.color || '#1a1a1a';
  const fontFamily = style.fontFamily || undefined;
  const anyProvisional = d.series.some((s) => s.provisional.some(Boolean));
  const targetLabel = d.target ? deChart.target(d.target.year, withUnit(d.target.value)) : '';

  const looks = looksOf(d.series);
  const datasets: ChartDataset<Kind, Values>[] = d.series.map((s, i): ChartDataset<Kind, Values> => {
    const look = looks[i]!;
    const colour = look.colour;
    const provisional = (index: number | undefined): boolean => index !== undefined && s.provisional[index] === true;
    if (isBar) {
      const pattern = hatch(colour);
      return {
        type: 'bar',
        label: s.label,
        data: [...s.values],
        order: i,
        borderColor: colour,
        borderWidth: 2,
        backgroundColor: (ctx: ScriptableContext<'bar'>) =>
          ctx.type === 'data' && provisional(ctx.dataIndex) ? pattern : colour,
      };
    }
    return {
      type: 'line',
      label: s.label,
      data: [...s.values],
      order: i,
      spanGaps: false,
      fill: false,
      tension: 0,
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: look.width,
      pointStyle: look.shape,
      pointRadius: s.comparison ? 3 : 4,
      pointHoverRadius: 6,
      pointBorderWidth: 2,
      pointBorderColor: colour,
      // Points at the edge of the plot area are drawn whole.
      clip: false,
      // Provisional values: hollow point …
      pointBackgroundColor: s.values.map((_, j) => (provisional(j) ? '#ffffff' : colour)),
      // … and a dashed segment into (and out of) it.
      segment: {
        borderDash: (ctx) =>
          s.comparison
            ? COMPARISON_DOTS
            : provisional(ctx.p0DataIndex) || provisional(ctx.p1DataIndex)
              ? PROVISIONAL_DASH
              : undefined,
      },
    };
  });

  // The target is a mark at its year (after the data, the x axis grows to
  // that year), not a line across years it does not apply to.
  const { labels, at } = d.target ? placeTarget(d.periods, d.target.year) : { labels: [...d.periods], at: -1 };
  if (d.target) {
    const value = d.target.value;
    datasets.push({
      type: 'line',
      label: targetLabel,
      data: labels.map((_, i) => (i === at ? value : null)),
      order: d.series.length,
      borderColor: TARGET_COLOUR,
      backgroundColor: '#ffffff',
      borderWidth: 2,
      showLine: false,
      pointStyle: 'crossRot',
      pointRadius: TARGET_RADIUS,
      pointHoverRadius: TARGET_RADIUS,
      pointBorderWidth: TARGET_STROKE,
      clip: false,
      fill: false,
    });
  }

  const legendItems = (): LegendItem[] => {
    const items: LegendItem[] = d.series.map((s, i) => ({
      text: s.label,
      datasetIndex: i,
      fillStyle: looks[i]!.colour,
      strokeStyle: looks[i]!.colour,
      fontColor: textColour,
      lineWidth: looks[i]!.width,
      lineDash: looks[i]!.dash,
      pointStyle: isBar ? 'rect' : looks[i]!.shape,
    }));
    if (d.target) {
      items.push({
        text: targetLabel,
        datasetIndex: d.series.length,
        fillStyle: TARGET_COLOUR,
        strokeStyle: TARGET_COLOUR,
        fontColor: textColour,
        lineWidth: TARGET_STROKE,
        lineDash: [],
        pointStyle: 'crossRot',
      });
    }
    if (anyProvisional) {
      items.push({
        text: isBar ? deChart.legendProvisionalBar : deChart.legendProvisionalLine,
        fillStyle: isBar ? hatch(NEUTRAL) : '#ffffff',
        strokeStyle: NEUTRAL,
        fontColor: textColour,
        lineWidth: 2,
        lineDash: [],
        pointStyle: isBar ? 'rect' : 'circle',
      });
    }
    return items;
  };

  return {
    type: isBar ? 'bar' : 'line',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: 'de-DE',
      animation: reduceMotion ? false : { duration: 400 },
      color: textColour,
      font: { family: fontFamily, size: FONT_SIZE },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          type: 'category',
          // Half a category of room at both ends, so the first and last points are not cut.
          offset: true,
          grid: { display: false },
          ticks: { color: textColour },
        },
        y: {
          type: 'linear',
          beginAtZero: isBar,
          grace: '5%',
          grid: { color: '#e0e0e0' },
          title: { display: unit.length > 0 && !unitOnTicks, text: unit, color: textColour },
          ticks: {
            color: textColour,
            precision: decimals,
            callback: (value) => {
              const v = Number(value);
              return unitOnTicks ? withUnit(v) : nf.format(v);
            },
          },
        },
      },
      plugins: {
        legend: {
          display: d.series.length > 1 || d.target !== null || anyProvisional,
          position: 'bottom',
          // Toggling series would be mouse-only (WCAG 2.1.1); the table holds everything.
          onClick: () => {},
          labels: { usePointStyle: true, color: textColour, padding: 14, generateLabels: legendItems },
        },
        tooltip: {
          usePointStyle: true,
          filter: (item) => item.raw !== null && item.raw !== undefined,
          callbacks: {
            label: (item) => {
              const s = d.series[item.datasetIndex];
              if (!s) return item.dataset.label ?? '';
              return deChart.value(s.label, withUnit(Number(item.raw)), s.provisional[item.dataIndex] === true);
            },
          },
        },
      },
    },
  };
}
