// A spreadsheet reduced to what the import needs: rows of cells, numbered
// as the steward's program shows them. XLSX numbers stay numbers (exact);
// everything else is text. Read from bytes, so the command line (a file on
// disk) and the admin page (an upload that never touches the disk) read a
// file the same way.
import ExcelJS from 'exceljs';
import { MAX_IMPORT_VALUES } from '../index.ts';
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

export interface SheetOptions {
  sheet?: string;
  encoding?: Encoding;
  delimiter?: string;
}

/** A file that cannot be read as a sheet at all; the message names the file and says what to do. */
export class SheetError extends Error {
  override readonly name = 'SheetError';
}

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
  if (typeof value === 'object' && 'result' in value && value.result !== undefined)
    return cellValue(value.result as ExcelJS.CellValue); // formula
  // A formula the writing program never calculated (no cached result): kept as "=…" text, which the value check names.
  if (typeof value === 'object' && ('formula' in value || 'sharedFormula' in value))
    return `=${String((value as { formula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula ?? '')}`;
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}

/**
 * An XLSX file's bytes as a sheet. exceljs holds the whole workbook in
 * memory (its streaming reader cannot pick a sheet by name before reading
 * the others): the upload and body limits keep that bounded.
 */
export async function xlsxSheet(file: string, bytes: Uint8Array, sheetName?: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SheetError(
      `${file}: keine lesbare XLSX-Datei (${(error as Error).message}).\n  → In Excel als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV UTF-8“ speichern.`,
    );
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet)
    throw new SheetError(
      `${file}: kein Tabellenblatt${sheetName ? ` „${sheetName}“` : ''}.\n  → Vorhandene Blätter: ${workbook.worksheets.map((w) => `„${w.name}“`).join(', ') || 'keine'}; das Blatt wählen (Befehlszeile: --sheet NAME).`,
    );
  const rows: Sheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { file, kind: 'xlsx', rows };
}

/** A CSV file's bytes as a sheet. */
export function csvSheet(file: string, bytes: Uint8Array, options: Omit<SheetOptions, 'sheet'> = {}): Sheet {
  const { text, encoding } = decode(bytes, options.encoding);
  // Binary junk renamed to .csv decodes to control characters, not to a table: said plainly instead of read as cells.
  if (looksBinary(text))
    throw new SheetError(
      `${file}: die Datei ist keine Textdatei (CSV) – sie enthält Steuerzeichen, wie sie nur in Programm-, Bild- oder Archivdateien stehen.\n  → Die Tabelle in Excel als „CSV UTF-8“ oder „Excel-Arbeitsmappe (.xlsx)“ speichern und diese Datei wählen.`,
    );
  const delimiter = options.delimiter ?? detectDelimiter(text);
  let records: string[][];
  try {
    // Twice the most values one import takes: room for rows without values, and a 50 MB file stays a few hundred MB in
    // memory.
    records = parseCsv(text, delimiter, 2 * MAX_IMPORT_VALUES);
  } catch (error) {
    if (error instanceof CsvSizeError)
      throw new SheetError(
        `${file}: zu viele Zeilen (${error.message}); ein Import nimmt höchstens ${MAX_IMPORT_VALUES.toLocaleString('de-DE')} Werte.\n  → Die Datei aufteilen (z. B. nach Kennzahlen oder Jahren) und die Teile nacheinander importieren.`,
      );
    if (error instanceof CsvSyntaxError)
      throw new SheetError(
        `${file}, Zeile ${error.row}: ${error.message}.\n  → Das fehlende Anführungszeichen ergänzen (oder das überzählige entfernen) und die Datei erneut prüfen.`,
      );
    throw error;
  }
  const rows: Sheet['rows'] = [];
  records.forEach((cells, i) => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: i + 1, cells });
  });
  return { file, kind: 'csv', encoding, delimiter, rows };
}

/** NUL or other C0 control characters (tab, line breaks and form feed aside) in the first 4,000 characters. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) controls++;
  }
  return controls > 0 && controls >= sample.length / 100;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Any file the import takes, by its name's extension: .xlsx, or .csv/.txt. */
export async function sheetFromBytes(file: string, bytes: Uint8Array, options: SheetOptions = {}): Promise<Sheet> {
  const ext = (file.match(/\.[^./\\]+$/)?.[0] ?? '').toLowerCase();
  if (ext === '.xlsx') return xlsxSheet(file, bytes, options.sheet);
  if (ext !== '.csv' && ext !== '.txt')
    throw new SheetError(
      `${file}: Dateityp „${ext || 'ohne Endung'}“ wird nicht unterstützt.\n  → Als .xlsx oder .csv speichern.`,
    );
  // An XLSX saved under a .csv name: it is a zip archive, never a table of text.
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b))
    throw new SheetError(
      `${file}: die Datei ist eine Excel-Arbeitsmappe (XLSX), heißt aber „${ext}“.\n  → Die Datei in „.xlsx“ umbenennen oder in Excel als „CSV UTF-8“ speichern.`,
    );
  return csvSheet(file, bytes, options);
}
