// The whole of reading and checking one uploaded or named file, as the
// command line and the admin page both do it: the mapping supplies
// defaults and the steward's choices override them; the sheet is read from
// bytes, trimmed to the mapping's rows, checked against the catalogue, and,
// when nothing needs fixing, compared with the CMS's values (the dry run).
import type { DecimalMark, ImportMapping, ImportProblem } from '../index.ts';
import type { Encoding } from './csv.ts';
import { checkFile, type Catalogue, type CheckedFile, type Unreadable } from './check-file.ts';
import type { EcosystemFormat } from './ecosystem-formats.ts';
import { applyToSheet } from './mapping.ts';
import { planImport, type KpiPlan, type PlanCatalogue } from './plan.ts';
import { sheetFromBytes, SheetError, type Sheet } from './sheet.ts';

export interface ReadChoices {
  kpi?: string;
  format?: 'long' | 'wide' | EcosystemFormat;
  sheet?: string;
  encoding?: Encoding;
  delimiter?: string;
  decimal?: DecimalMark;
}

/** The steward's choices over the mapping's: the mapping supplies defaults. */
export function withMapping(choices: ReadChoices, mapping: ImportMapping): ReadChoices {
  return {
    kpi: choices.kpi ?? mapping.kpi,
    format: choices.format ?? mapping.format,
    sheet: choices.sheet ?? mapping.sheet,
    encoding: choices.encoding ?? mapping.encoding,
    delimiter: choices.delimiter ?? mapping.delimiter,
    decimal: choices.decimal ?? mapping.decimal,
  };
}

export type ReadResult =
  { sheet: Sheet; checked: CheckedFile; plans: KpiPlan[] } | { sheet: Sheet; checked: Unreadable; plans: [] };

/** A SheetError's "what.\n  → what to do" as a problem of the file. */
export function sheetErrorProblem(file: string, error: SheetError): ImportProblem {
  const [message = error.message, ...hint] = error.message.split(/\n\s*→ /);
  // The message starts with the file name, which the problem names already.
  const text = message.startsWith(file) ? message.slice(file.length).replace(/^[:,]\s*/, '') : message;
  return { at: { file }, message: text, hint: hint.join(' ') || 'Die Datei prüfen und erneut wählen.' };
}

/**
 * Reads and checks a file. A file that cannot be read at all throws
 * SheetError (the command line prints it; the admin page shows it as the
 * file's problem). Plans only when there are no problems.
 */
export async function readAndCheck(
  file: string,
  bytes: Uint8Array,
  catalogue: Catalogue & PlanCatalogue,
  choices: ReadChoices,
  mapping: ImportMapping = {},
  now?: Date,
): Promise<ReadResult> {
  const chosen = withMapping(choices, mapping);
  const sheet = applyToSheet(
    await sheetFromBytes(file, bytes, { sheet: chosen.sheet, encoding: chosen.encoding, delimiter: chosen.delimiter }),
    mapping,
  );
  const checked = checkFile(sheet, catalogue, {
    kpi: chosen.kpi,
    format: chosen.format,
    decimal: chosen.decimal,
    series: mapping.series,
    comparison: mapping.comparison,
    now,
  });
  if ('fatal' in checked) return { sheet, checked, plans: [] };
  return { sheet, checked, plans: checked.problems.length === 0 ? planImport(checked.values, catalogue) : [] };
}
