// The site's per-tile JSON download (/kacheln/<slug>.json): the tile and its
// KPIs in the tile's order, each exactly as in the snapshot (with unit,
// source and licence). A KPI's own JSON (/kennzahlen/<code>.json) is a `Kpi`.
import { z } from 'zod';
import { kpiSchema } from './kpi.ts';
import { tileSchema } from './tile.ts';

export const tileDownloadSchema = z.object({
  tile: tileSchema,
  kpis: z.array(kpiSchema),
});
export type TileDownload = z.infer<typeof tileDownloadSchema>;
