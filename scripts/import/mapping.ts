// Reusable mappings: reading one (German messages naming the field), applying
// it to a sheet (header row, skipped rows) and to the values read (series
// names), and writing one per KPI for the template command.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describeIssues, importMappingSchema, type ImportMapping } from '@sdd/shared-types';
import { writeJsonAtomically } from '../snapshot/write-json-atomically.ts';
import type { CatalogueKpi } from './cms.ts';
import type { LocatedValue } from './extract.ts';
import { SheetError, type Sheet } from './sheet.ts';

export function readMapping(path: string): ImportMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SheetError(`${basename(path)}: die Zuordnung ist kein lesbares JSON (${(error as Error).message}).\n  → Die Datei mit einem Texteditor prüfen; die Vorlage schreibt Beispiele (npm run import -- template --year <JJJJ> --mappings <Ordner>).`);
  }
  const parsed = importMappingSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue, i) =>
      issue.code === 'unrecognized_keys'
        ? `  ✗ ${basename(path)}: unbekanntes Feld ${issue.keys.map((k) => `„${k}“`).join(', ')}`
        : `  ✗ ${basename(path)}, Feld „${describeIssues(parsed.error, raw)[i]!.where}“: ${issue.message}`,
    );
    throw new SheetError(`Die Zuordnung ${basename(path)} ist ungültig:\n${lines.join('\n')}\n  → Erlaubte Felder: description, kpi, format, sheet, encoding, delimiter, decimal, headerRow, skipRows, series (siehe docs/import.md).`);
  }
  return parsed.data;
}

/** The sheet as the mapping sees it: the header row first, skipped rows gone (row numbers unchanged). */
export function applyToSheet(sheet: Sheet, mapping: Pick<ImportMapping, 'headerRow' | 'skipRows'>): Sheet {
  const skip = new Set(mapping.skipRows ?? []);
  const from = mapping.headerRow ?? 0;
  return { ...sheet, rows: sheet.rows.filter((r) => r.row >= from && !skip.has(r.row)) };
}

/** Renames series as the mapping says. */
export function applyToValues(values: LocatedValue[], mapping: Pick<ImportMapping, 'series'>): void {
  if (!mapping.series) return;
  for (const v of values) {
    const key = v.series ?? '';
    if (Object.hasOwn(mapping.series, key)) v.series = mapping.series[key] ?? null;
  }
}

/** One mapping per KPI, naming its KPI and its series, for stewards to adapt to their source files. */
export function writeMappings(kpis: readonly CatalogueKpi[], dir: string): number {
  mkdirSync(dir, { recursive: true });
  for (const kpi of kpis) {
    const series = [...new Set(kpi.observations.map((o) => o.series).filter((s): s is string => s !== null))].sort();
    const mapping: ImportMapping = {
      description: `${kpi.code} ${kpi.name} (${kpi.unit}): Zuordnung für die Datei dieser Kennzahl. Reihen: Name in der Datei → Name im CMS.`,
      kpi: kpi.code,
      series: Object.fromEntries(series.map((s) => [s, s])),
    };
    writeJsonAtomically(join(dir, `${kpi.code}.json`), mapping);
  }
  return kpis.length;
}
