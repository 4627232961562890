// The images of one build: a KPI's or tile's chart image (SVG; its PNG is
// drawn from it in the visitor's browser, scripts/chart-png.ts) and share
// preview (an SVG here, rendered to the PNG crawlers need by png.ts for
// scripts/share-previews.ts).
import type { Kpi, SiteSettings, Tile } from '@sdd/shared-types';
import { de } from '../../i18n/de.ts';
import { chartDataOf } from '../chart-data.ts';
import { readableOnWhite } from '../contrast.ts';
import { keptBetweenBuilds, perBuild } from '../per-build.ts';
import { formatDate, formatNumber, formatSignedDifference } from '../format.ts';
import { keyFigures, trendArrow } from '../kpi-stats.ts';
import { chartImageSvg, type ChartImage } from './chart-image.ts';
import { shareImageSvg, type ShareImage } from './share-image.ts';

/** What the images need from the build: settings, the chart settings of a KPI page, and the public address. */
export interface ImageContext {
  settings: SiteSettings;
  /** The chart type and target setting a KPI's own page uses (its first tile's). */
  chartOf: (kpi: Kpi) => { chartType: 'line' | 'bar'; showTarget: boolean };
  /** Absolute URL of a site path (the sitemap's base, astro.config `site`). */
  absolute: (path: string) => string;
}

/** Whether a KPI has a chart: its page draws one only with values. */
export const hasChart = (kpi: Kpi): boolean => kpi.observations.some((o) => o.value !== null);
const unique = (values: readonly string[]) => [...new Set(values.filter((v) => v.trim()))];

/** Footer facts of the KPIs' image: source(s), licence(s), Datenstand. */
function facts(kpis: readonly Kpi[]): string[] {
  const sources = unique(kpis.map((k) => k.sourceName));
  const licences = unique(kpis.map((k) => k.licence));
  const dates = unique(kpis.flatMap((k) => (k.dataAsOf ? [formatDate(k.dataAsOf)] : [])));
  return [
    sources.length > 1 ? de.images.sources(sources.join('; ')) : de.images.source(sources[0] ?? ''),
    de.images.licence(licences.join('; ')),
    ...(dates.length ? [de.images.dataAsOf(dates.join('; '))] : []),
  ];
}

const credit = (ctx: ImageContext, path: string) =>
  `${ctx.settings.cityName} · ${ctx.settings.siteTitle} · ${ctx.absolute(path)}`;

/** A KPI's chart image as on its page; undefined for a KPI without values (its page shows no chart either). */
export function kpiChartImage(kpi: Kpi, ctx: ImageContext, pagePath: string): ChartImage | undefined {
  if (!hasChart(kpi)) return undefined;
  const data = chartDataOf(kpi, ctx.chartOf(kpi));
  return {
    title: data.title,
    subtitle: de.images.unit(kpi.unit),
    panels: [{ data }],
    facts: facts([kpi]),
    credit: credit(ctx, pagePath),
  };
}

/**
 * A tile's charts as its page shows them: one under the other, each headed by its title and unit; KPIs without values
 * left out.
 */
export function tileChartImage(
  tile: Tile,
  kpis: readonly Kpi[],
  ctx: ImageContext,
  pagePath: string,
): ChartImage | undefined {
  const shown = kpis.filter(hasChart);
  if (shown.length === 0) return undefined;
  const panels = shown.map((kpi) => {
    const data = chartDataOf(kpi, { chartType: tile.chartType, showTarget: tile.showTarget });
    return { heading: shown.length > 1 ? de.images.panel(data.title, kpi.unit) : undefined, data };
  });
  const subtitle = shown.length === 1 ? `${panels[0]!.data.title} · ${de.images.unit(shown[0]!.unit)}` : undefined;
  return { title: tile.title, subtitle, panels, facts: facts(shown), credit: credit(ctx, pagePath) };
}

/** The site's --better, --worse and --muted (global.css): the trend's colour, a second cue beside its words. */
const TREND_COLOURS = { better: '#0b6e2f', worse: '#b00020', same: '#4d4d4d', neutral: '#4d4d4d' } as const;

/** The headline figure and trend of a KPI, as HeadlineFigure and Trend show them. */
function figureOf(kpi: Kpi): Pick<ShareImage, 'figure' | 'trend'> {
  const { latest, previous, change, direction } = keyFigures(kpi);
  if (!latest) return { figure: { value: de.tile.noValue, unit: '', period: '' } };
  return {
    figure: {
      value: formatNumber(latest.value, kpi.decimals),
      unit: kpi.unit,
      period: `(${latest.period}${latest.provisional ? `, ${de.kpi.provisional}` : ''})`,
    },
    trend:
      change !== undefined && direction && previous
        ? {
            arrow: trendArrow(change),
            text: `${formatSignedDifference(change, kpi.unit, kpi.decimals)} ${de.trend.since(previous.period)}`,
            word: de.trend[direction],
            colour: TREND_COLOURS[direction],
          }
        : undefined,
  };
}

const shareBase = (ctx: ImageContext, path: string) => ({
  kicker: de.images.kicker(ctx.settings.cityName, ctx.settings.siteTitle),
  footer: ctx.absolute(path),
  accent: readableOnWhite(ctx.settings.accentColor),
});

export const kpiShareImage = (kpi: Kpi, ctx: ImageContext, pagePath: string): ShareImage => ({
  ...shareBase(ctx, pagePath),
  name: kpi.name,
  ...figureOf(kpi),
});

/** A tile's preview shows its first KPI's figure, as its card does. */
export function tileShareImage(tile: Tile, kpis: readonly Kpi[], ctx: ImageContext, pagePath: string): ShareImage {
  const kpi = kpis[0];
  return {
    ...shareBase(ctx, pagePath),
    name: tile.title,
    ...(kpi ? { ...figureOf(kpi), note: de.images.figureOf(kpi.name) } : {}),
  };
}

export const siteShareImage = (ctx: ImageContext): ShareImage => ({
  ...shareBase(ctx, '/'),
  name: ctx.settings.siteTitle,
  note: de.images.siteTagline,
});

/** A chart image's SVG, drawn at most once per build (keyed by the caller, e.g. "kpi:KLI-01"). */
const chartSvgsThisBuild = perBuild(() => new Map<string, string>());
export function chartSvgOf(key: string, image: ChartImage): string {
  const chartSvgs = chartSvgsThisBuild();
  let svg = chartSvgs.get(key);
  if (svg === undefined) chartSvgs.set(key, (svg = chartImageSvg(image)));
  return svg;
}
/**
 * A share preview's SVG, drawn again only when what it shows changed (kept from the last build: a publication changes
 * few of them, and at ten times the demo drawing all took 0.1 s of every build).
 */
export const shareSvg: (image: ShareImage) => string = keptBetweenBuilds(shareImageSvg, (image) =>
  JSON.stringify(image),
);
