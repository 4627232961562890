// A reusable import mapping (`npm run import -- FILE --mapping FILE.json`):
// what a steward had to tell once about a source file, so next year's file
// of the same shape imports with one option. Every field is optional; the
// command line overrides the mapping.
import { z } from 'zod';
import { kpiCodeSchema } from './kpi.ts';

export const importMappingSchema = z.strictObject({
  /** What the mapping is for, in the steward's words. */
  description: z.string().optional(),
  /** The KPI of a file without a code column (like --kpi). */
  kpi: kpiCodeSchema.optional(),
  format: z.enum(['long', 'wide', 'opensdg', 'genesis']).optional(),
  /** XLSX: the worksheet to read. */
  sheet: z.string().min(1).optional(),
  encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']).optional(),
  delimiter: z.enum([';', ',', '\t']).optional(),
  decimal: z.enum([',', '.']).optional(),
  /** Row holding the column headers, as the spreadsheet numbers it; rows above (titles) are skipped. */
  headerRow: z.number().int().min(1).optional(),
  /** Rows to ignore, as the spreadsheet numbers them (sums, footnotes). */
  skipRows: z.array(z.number().int().min(1)).optional(),
  /**
   * Series names as the file writes them (unit in brackets removed) → series in the CMS; null = the headline series.
   */
  series: z.record(z.string(), z.string().min(1).max(255).nullable()).optional(),
  /** Series (as named in the CMS, after `series`) holding other areas' values: imported as comparison series. */
  comparison: z.array(z.string().min(1).max(255)).optional(),
});

export type ImportMapping = z.infer<typeof importMappingSchema>;
