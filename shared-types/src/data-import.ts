// The yearly data import: values read from a steward's spreadsheet, the
// problems found in it, and the request the import command sends the CMS.
import { z } from 'zod';
import { kpiCodeSchema, periodSchema } from './kpi.ts';

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
});

/** POST /api/import/observations — applied all or nothing. */
export const importRequestSchema = z.object({
  values: z.array(importValueSchema).min(1).max(100_000),
});

export const importResultSchema = z.object({
  kpis: z.number().int(),
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
});

export type CellRef = z.infer<typeof cellRefSchema>;
export type ImportValue = z.infer<typeof importValueSchema>;
export type ImportRequest = z.infer<typeof importRequestSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;

/** A problem in the spreadsheet: where, what, and what to do. */
export interface ImportProblem {
  at: CellRef | { file: string };
  message: string;
  hint: string;
}
