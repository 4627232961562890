// View models the static site hands to its client-side islands (as props or
// as a generated JSON file). Types only: the islands ship no zod.

/** One line or bar series of a KPI chart; `values[i]` belongs to `periods[i]`, null is a gap. */
export interface ChartSeries {
  /** Legend label, e.g. "Frauen"; the KPI name for the main series. */
  label: string;
  values: (number | null)[];
  /** Whether each value is provisional (vorläufig); same length as `values`. */
  provisional: boolean[];
  /** Reference values of another area ("Vergleich: Bayern"): drawn apart from the city's own. */
  comparison?: boolean;
}

/** Everything the chart island needs, as plain JSON. */
export interface ChartData {
  /** Accessible name of the chart, e.g. "Verlauf: CO₂-Emissionen je Einwohner/in". */
  title: string;
  /** x axis, ascending, e.g. ["2015", …, "2024"]. */
  periods: string[];
  series: ChartSeries[];
  unit: string;
  decimals: number;
  chartType: 'line' | 'bar';
  /** Target line to draw, if the tile shows targets and the KPI has one. */
  target: { value: number; year: number } | null;
}

/** One entry of the instant-search index (/suche-index.json). */
export interface SearchEntry {
  kind: 'kpi' | 'tile' | 'sdg' | 'field' | 'meeting';
  title: string;
  /** KPI code, "SDG 13" for a goal; empty otherwise. */
  code: string;
  /** Unit of a KPI; empty otherwise. */
  unit: string;
  /** Short text shown under the title. */
  teaser: string;
  /** SDG labels, e.g. "SDG 13 Maßnahmen zum Klimaschutz". */
  sdgs: string[];
  /** Action field names. */
  fields: string[];
  /** Single words to match besides the title: words of related names (a tile's
   *  KPIs, a session's agenda items) and what people type for them (synonyms,
   *  umlauts spelt out, "co2"; `searchAliases`). One word each, so a long list
   *  does not weaken a match (Fuse.js weighs by field length). */
  terms: string[];
  /** Site path, e.g. "/kennzahlen/kli-01/". */
  url: string;
}
