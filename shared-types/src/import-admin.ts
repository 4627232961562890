// The import page of the admin ("Datenimport"): what the browser uploads,
// the dry run it shows, and the apply's answer. The browser holds the file
// only to send it again: the server reads and checks it on the dry run and
// again on the apply, and the apply carries the dry run's fingerprint so the
// server can refuse when the plan it would now carry out differs from the
// one the steward saw.
import { z } from 'zod';
import { cellRefSchema, importKpiStatusSchema, importResultSchema } from './data-import.ts';
import { importMappingSchema } from './import-mapping.ts';
import { kpiCodeSchema, periodSchema } from './kpi.ts';

/** Largest upload the page accepts (base64 makes the 16 MB request body about a third larger than the file). */
export const MAX_ADMIN_IMPORT_FILE_BYTES = 12 * 1024 * 1024;

const fileNameSchema = z.string().trim().min(1).max(255);
// Base64 of at most MAX_ADMIN_IMPORT_FILE_BYTES (4 characters per 3 bytes).
const base64Schema = z
  .string()
  .max(Math.ceil(MAX_ADMIN_IMPORT_FILE_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'kein Base64');

/** POST /smart-data/import/dry-run: the file and what the steward chose on the page. */
export const adminImportUploadSchema = z.strictObject({
  file: z.strictObject({ name: fileNameSchema, base64: base64Schema }),
  /** An optional mapping file, as its text; parsed on the server like `--mapping`. */
  mapping: z.strictObject({ name: fileNameSchema, text: z.string().max(1024 * 1024) }).optional(),
  /** The KPI of a file without a code column (like --kpi). */
  kpi: kpiCodeSchema.optional(),
  /** Absent: detected from the file, as on the command line. */
  format: importMappingSchema.shape.format,
  sheet: importMappingSchema.shape.sheet,
  encoding: importMappingSchema.shape.encoding,
  delimiter: importMappingSchema.shape.delimiter,
  decimal: importMappingSchema.shape.decimal,
});

/** POST /smart-data/import/apply: the same upload and the fingerprint of the dry run the steward saw. */
export const adminImportApplySchema = adminImportUploadSchema.extend({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'kein Fingerabdruck eines Probelaufs'),
});

/** One KPI of a dry run: what would change, and whether it reaches the public site. */
export const kpiPlanSchema = z.object({
  code: kpiCodeSchema,
  name: z.string(),
  status: importKpiStatusSchema,
  created: z.array(z.object({ period: periodSchema, series: z.string().nullable(), value: z.number() })),
  changed: z.array(
    z.object({ period: periodSchema, series: z.string().nullable(), from: z.number().nullable(), to: z.number() }),
  ),
  unchanged: z.number().int(),
  /** Series the KPI did not have: a typo in a header would otherwise become a series. */
  newSeries: z.array(z.string()),
  /**
   * Series the file marks as comparison that the KPI gets as new comparison series ("Vergleichsreihe „Bayern“ wird
   * angelegt").
   */
  newComparisonSeries: z.array(z.string()),
});

export const importProblemSchema = z.object({
  at: z.union([cellRefSchema, z.object({ file: z.string() })]),
  message: z.string(),
  hint: z.string(),
});

const totalsSchema = z.object({
  kpis: z.number().int(),
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  drafts: z.number().int(),
});

/** The dry run's answer: how the file was read, its problems, or the plan and its fingerprint. */
export const adminImportDryRunSchema = z.object({
  file: z.string(),
  /** How the file was read ("Langformat", "eine Kennzahl (KLI-01), Zeiträume als Zeilen, …"). */
  shape: z.string().nullable(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  decimal: z.string().nullable(),
  values: z.number().int(),
  skipped: z.number().int(),
  problems: z.array(importProblemSchema),
  plans: z.array(kpiPlanSchema),
  totals: totalsSchema,
  /** Present only when there is nothing to fix: the plan the apply must find unchanged. */
  fingerprint: z.string().nullable(),
});

/** The apply's answer: what was written (nothing when every value was already so). */
export const adminImportAppliedSchema = z.object({ result: importResultSchema });

/** GET /smart-data/import/kpis: the choice of KPI for a file without a code column. */
export const adminImportKpisSchema = z.object({
  kpis: z.array(z.object({ code: kpiCodeSchema, name: z.string(), unit: z.string(), status: importKpiStatusSchema })),
});

export type AdminImportUpload = z.infer<typeof adminImportUploadSchema>;
export type AdminImportApply = z.infer<typeof adminImportApplySchema>;
export type KpiPlan = z.infer<typeof kpiPlanSchema>;
export type AdminImportDryRun = z.infer<typeof adminImportDryRunSchema>;
export type AdminImportApplied = z.infer<typeof adminImportAppliedSchema>;
export type AdminImportKpis = z.infer<typeof adminImportKpisSchema>;
