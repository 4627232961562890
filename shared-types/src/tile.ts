// Kachel (tile): the dashboard's unit of presentation, grouping KPIs.
import { z } from 'zod';
import { markdownSchema, nonBlank, sdgNumberSchema, slugSchema } from './common.ts';
import { kpiCodeSchema } from './kpi.ts';

export const chartTypeSchema = z.enum(['line', 'bar']);

export const tileSchema = z.object({
  /** Stable key and URL part, e.g. "co2-bilanz". */
  slug: slugSchema,
  /** Title shown on the tile. */
  title: nonBlank('title'),
  /** One or two sentences shown on the tile. */
  teaser: z.string(),
  /** Longer text on the tile's page (Markdown). */
  body: markdownSchema,
  /** Codes of the KPIs shown, in order; the first is the headline figure. */
  kpis: z.array(kpiCodeSchema),
  /** Chart type of the tile's chart. */
  chartType: chartTypeSchema,
  /** Whether charts draw the KPI's target as a line. */
  showTarget: z.boolean(),
  /** Slug of the action field the tile belongs to first, if any. */
  primaryActionField: slugSchema.nullable(),
  /** SDG numbers the tile contributes to. */
  sdgs: z.array(sdgNumberSchema),
  /** Shown on the home page. */
  featured: z.boolean(),
  /** Position in lists; lower comes first. */
  order: z.number().int(),
});

export type ChartType = z.infer<typeof chartTypeSchema>;
export type Tile = z.infer<typeof tileSchema>;
