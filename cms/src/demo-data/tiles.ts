// Builder for demo tiles: per-field definitions, then order, SDGs and the
// target switch derived from the KPIs they show.
import type { ChartType, Kpi, Tile } from '@sdd/shared-types';

/** Compact definition of one tile. */
export interface TileInput {
  slug: string;
  title: string;
  teaser: string;
  /** Short Markdown text for the tile's page. */
  body: string;
  /** KPI codes; the first is the headline figure. */
  kpis: readonly string[];
  /** Line chart unless told. */
  chart?: ChartType;
  /** Shown on the home page. */
  featured?: boolean;
  /** Draw targets; true if any KPI has a target, unless told. */
  showTarget?: boolean;
  /** SDG numbers; the goals of the tile's KPIs unless told. */
  sdgs?: readonly number[];
}

/** A tile definition tagged with its primary action field. */
export interface TileSpec extends TileInput {
  field: string | null;
}

/** Tags the tiles of one action field. */
export function defineTiles(field: string | null, inputs: readonly TileInput[]): TileSpec[] {
  return inputs.map((input) => ({ ...input, field }));
}

function goalsOf(codes: readonly string[], byCode: ReadonlyMap<string, Kpi>): number[] {
  const goals = new Set<number>();
  for (const code of codes) for (const s of byCode.get(code)?.sdgs ?? []) goals.add(s.goal);
  return [...goals].sort((a, b) => a - b);
}

/** Completes the tile definitions: order in list order, SDGs and target switch from the KPIs. */
export function finishTiles(specs: readonly TileSpec[], kpis: readonly Kpi[]): Tile[] {
  const byCode = new Map(kpis.map((k) => [k.code, k]));
  return specs.map((spec, i) => ({
    slug: spec.slug,
    title: spec.title,
    teaser: spec.teaser,
    body: spec.body,
    kpis: [...spec.kpis],
    chartType: spec.chart ?? 'line',
    showTarget: spec.showTarget ?? spec.kpis.some((code) => byCode.get(code)?.target),
    primaryActionField: spec.field,
    sdgs: spec.sdgs ? [...spec.sdgs] : goalsOf(spec.kpis, byCode),
    featured: spec.featured ?? false,
    order: (i + 1) * 10,
  }));
}
