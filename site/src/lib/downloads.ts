// The bodies of the per-KPI and per-tile data downloads, in one place: the
// download files are made of them (data/download-files.ts), the
// "Herunterladen" block states their sizes.
import type { Kpi, Tile, TileDownload } from '@sdd/shared-types';

/**
 * All series of the KPIs (comparison series included), each row with unit, source and licence (same columns as
 * /daten/kennzahlen.csv).
 */
export { kpisCsv } from './csv.ts';

/** One KPI as JSON, exactly as in the snapshot. */
export const kpiJson = (kpi: Kpi): string => JSON.stringify(kpi, null, 2);

/** A tile and its KPIs in its order (`tileDownloadSchema`). */
export const tileJson = (tile: Tile, kpis: readonly Kpi[]): string =>
  JSON.stringify({ tile, kpis: [...kpis] } satisfies TileDownload, null, 2);

export const byteLength = (body: string | Uint8Array): number =>
  typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
