// A spreadsheet reduced to what the import needs: rows of cells, numbered
// as the steward's program shows them. XLSX numbers stay numbers (exact);
// everything else is text.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_VALUES } from '@sdd/shared-types';
import { CsvSizeError, CsvSyntaxError, decode, detectDelimiter, parseCsv, type Encoding } from './csv.ts';

export type Cell = string | number;
export interface Sheet {
  file: string;
  kind: 'csv' | 'xlsx';
  /** Only for CSV: the encoding found (or forced) and the separator. */
  encoding?: Encoding;
  delimiter?: string;
  rows: { row: number; cells: Cell[] }[];
}

export class SheetError extends Error {}

/** "A", "B", …, "Z", "AA", … for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'error' in value) return String(value.error); // e.g. #DIV/0!
  if (typeof value === 'object' && 'result' in value && value.result !== undefined) return cellValue(value.result as ExcelJS.CellValue); // formula
  // A formula the writing program never calculated (no cached result): kept as "=…" text, which the value check names.
  if (typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) return `=${String((value as { formula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula ?? '')}`;
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}

async function readXlsx(path: string, sheetName?: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new SheetError(`${basename(path)}: keine lesbare XLSX-Datei (${(error as Error).message}).\n  → In Excel als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV UTF-8“ speichern.`);
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new SheetError(`${basename(path)}: kein Tabellenblatt${sheetName ? ` „${sheetName}“` : ''}.\n  → Vorhandene Blätter: ${workbook.worksheets.map((w) => `„${w.name}“`).join(', ') || 'keine'}; mit --sheet NAME wählen.`);
  const rows: Sheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { file: basename(path), kind: 'xlsx', rows };
}

export async function readSheet(path: string, options: { sheet?: string; encoding?: Encoding; delimiter?: string } = {}): Promise<Sheet> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return readXlsx(path, options.sheet);
  if (ext !== '.csv' && ext !== '.txt') throw new SheetError(`${basename(path)}: Dateityp „${ext}“ wird nicht unterstützt.\n  → Als .xlsx oder .csv speichern.`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SheetError(`${path}: die Datei kann nicht gelesen werden (${code === 'ENOENT' ? 'nicht gefunden' : code === 'EACCES' ? 'keine Leserechte' : (code ?? (error as Error).message)}).\n  → Pfad und Rechte prüfen.`);
  }
  return csvSheet(basename(path), bytes, options);
}

/** A CSV file's bytes as a sheet (also for uploads that never touch the disk). */
export function csvSheet(file: string, bytes: Uint8Array, options: { encoding?: Encoding; delimiter?: string } = {}): Sheet {
  const { text, encoding } = decode(bytes, options.encoding);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  let records: string[][];
  try {
    // Twice the most values one import takes: room for rows without values, and a 50 MB file stays a few hundred MB in memory.
    records = parseCsv(text, delimiter, 2 * MAX_IMPORT_VALUES);
  } catch (error) {
    if (error instanceof CsvSizeError) throw new SheetError(`${file}: zu viele Zeilen (${error.message}); ein Import nimmt höchstens ${MAX_IMPORT_VALUES.toLocaleString('de-DE')} Werte.\n  → Die Datei aufteilen (z. B. nach Kennzahlen oder Jahren) und die Teile nacheinander importieren.`);
    if (error instanceof CsvSyntaxError) throw new SheetError(`${file}, Zeile ${error.row}: ${error.message}.\n  → Das fehlende Anführungszeichen ergänzen (oder das überzählige entfernen) und die Datei erneut prüfen.`);
    throw error;
  }
  const rows: Sheet['rows'] = [];
  records.forEach((cells, i) => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: i + 1, cells });
  });
  return { file, kind: 'csv', encoding, delimiter, rows };
}
