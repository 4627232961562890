// A spreadsheet reduced to what the import needs: rows of cells, numbered
// as the steward's program shows them. XLSX numbers stay numbers (exact);
// everything else is text.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { decode, detectDelimiter, parseCsv, type Encoding } from './csv.ts';

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
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue); // formula
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}

async function readXlsx(path: string, sheetName?: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new SheetError(`${basename(path)}: not a readable XLSX file (${(error as Error).message}). Save it as "Excel-Arbeitsmappe (.xlsx)" or as CSV.`);
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new SheetError(`${basename(path)}: no worksheet${sheetName ? ` named "${sheetName}"` : ''}. Sheets: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
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
  if (ext !== '.csv' && ext !== '.txt') throw new SheetError(`${basename(path)}: unsupported file type "${ext}". Use .xlsx or .csv.`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new SheetError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const { text, encoding } = decode(bytes, options.encoding);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rows = parseCsv(text, delimiter)
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { file: basename(path), kind: 'csv', encoding, delimiter, rows };
}
