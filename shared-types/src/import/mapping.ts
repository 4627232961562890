// Reusable mappings: reading one from its text (German messages naming the
// field), applying it to a sheet (header row, skipped rows) and to the
// values read (series names). The command line reads the file from disk,
// the admin page gets it uploaded; both read it here.
import { describeIssues, importMappingSchema, type ImportMapping } from '../index.ts';
import type { LocatedValue } from './extract.ts';
import { SheetError, type Sheet } from './sheet.ts';

export function parseMapping(file: string, text: string): ImportMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SheetError(
      `${file}: die Zuordnung ist kein lesbares JSON (${(error as Error).message}).\n  → Die Datei mit einem Texteditor prüfen; die Vorlage schreibt Beispiele (npm run import -- template --year <JJJJ> --mappings <Ordner>).`,
    );
  }
  const parsed = importMappingSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue, i) =>
      issue.code === 'unrecognized_keys'
        ? `  ✗ ${file}: unbekanntes Feld ${issue.keys.map((k) => `„${k}“`).join(', ')}`
        : `  ✗ ${file}, Feld „${describeIssues(parsed.error, raw)[i]!.where}“: ${issue.message}`,
    );
    throw new SheetError(
      `Die Zuordnung ${file} ist ungültig:\n${lines.join('\n')}\n  → Erlaubte Felder: description, kpi, format, sheet, encoding, delimiter, decimal, headerRow, skipRows, series, comparison (siehe docs/import.md).`,
    );
  }
  return parsed.data;
}

/** The sheet as the mapping sees it: the header row first, skipped rows gone (row numbers unchanged). */
export function applyToSheet(sheet: Sheet, mapping: Pick<ImportMapping, 'headerRow' | 'skipRows'>): Sheet {
  const skip = new Set(mapping.skipRows ?? []);
  const from = mapping.headerRow ?? 0;
  return { ...sheet, rows: sheet.rows.filter((r) => r.row >= from && !skip.has(r.row)) };
}

/** Renames series as the mapping says, then marks its `comparison` series (where the file says nothing of them). */
export function applyToValues(values: LocatedValue[], mapping: Pick<ImportMapping, 'series' | 'comparison'>): void {
  const renames = mapping.series;
  const comparison = new Set(mapping.comparison ?? []);
  for (const v of values) {
    const key = v.series ?? '';
    if (renames && Object.hasOwn(renames, key)) v.series = renames[key] ?? null;
    // Where the file itself says "nein", the file wins (its cell is what the steward sees).
    if (v.series !== null && comparison.has(v.series)) v.comparison ??= true;
  }
}
