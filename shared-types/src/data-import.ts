// The yearly data import: values read from a steward's spreadsheet, the
// problems found in it, and the request the import command sends the CMS.
import { z } from 'zod';
import { MAX_IMPORT_VALUES } from './import-rules.ts';
import { kpiCodeSchema, observationSchema, periodicitySchema, periodSchema } from './kpi.ts';

/** Where a value or a problem sits in the spreadsheet, as the steward sees it. */
export const cellRefSchema = z.object({
  file: z.string(),
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: z.number().int().positive(),
  /** Column letter, e.g. "C", and its header text, e.g. "Wert". */
  column: z.string(),
  header: z.string(),
});

/** One value to import. */
export const importValueSchema = z.object({
  code: kpiCodeSchema,
  period: periodSchema,
  series: z.string().min(1).max(255).nullable(),
  value: z.number().finite(),
  note: z.string().max(255).nullable(),
  /**
   * The file marks the value's series as a comparison series (another area's
   * values: "Bayern (Vergleich)", a column "Vergleich" = ja) or, false, as the
   * city's own; absent: the file says nothing and the series keeps its role.
   */
  comparison: z.boolean().optional(),
});

/** POST /api/import/observations — applied all or nothing. */
export const importRequestSchema = z.object({
  values: z.array(importValueSchema).min(1).max(MAX_IMPORT_VALUES),
});

/**
 * Whether an import reaches the public site: values of a KPI with a
 * published version are published at once; a KPI that has none (never
 * published, or unpublished by an editor) receives them in its draft only
 * and stays unpublished.
 */
export const importKpiStatusSchema = z.enum(['published', 'draft']);

/** One KPI as the import sees it (GET /api/import/catalogue, import token only). */
export const importCatalogueKpiSchema = z.object({
  code: kpiCodeSchema,
  name: z.string(),
  unit: z.string(),
  periodicity: periodicitySchema,
  status: importKpiStatusSchema,
  /** The values of the version the import reports on: the published one, else the draft. */
  observations: z.array(observationSchema),
  /** Names of that version's comparison series (other areas' values). */
  comparisonSeries: z.array(z.string()),
});
export const importCatalogueSchema = z.object({ kpis: z.array(importCatalogueKpiSchema) });

const countsSchema = z.object({
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
});

export const importResultSchema = countsSchema.extend({
  kpis: z.number().int(),
  /** Per KPI: where its values went. */
  perKpi: z.array(countsSchema.extend({ code: kpiCodeSchema, status: importKpiStatusSchema })),
});

export type CellRef = z.infer<typeof cellRefSchema>;
export type ImportValue = z.infer<typeof importValueSchema>;
export type ImportRequest = z.infer<typeof importRequestSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export type ImportKpiStatus = z.infer<typeof importKpiStatusSchema>;
export type ImportCatalogueKpi = z.infer<typeof importCatalogueKpiSchema>;

/** A problem in the spreadsheet: where, what, and what to do. */
export interface ImportProblem {
  at: CellRef | { file: string };
  message: string;
  hint: string;
}
