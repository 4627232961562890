// What the page sends: the chosen file as base64 (the server reads it; the
// browser never interprets it), the optional mapping file as text, and the
// steward's choices. Empty choices are left out, as on the
// command line, so the server detects them.
import { MAX_ADMIN_IMPORT_FILE_BYTES, type AdminImportUpload } from '@sdd/shared-types';

export type FormatChoice = '' | NonNullable<AdminImportUpload['format']>;
export interface Choices {
  kpi: string;
  format: FormatChoice;
  sheet: string;
  decimal: '' | ',' | '.';
  encoding: '' | NonNullable<AdminImportUpload['encoding']>;
  delimiter: '' | NonNullable<AdminImportUpload['delimiter']>;
}

export const NO_CHOICES: Choices = { kpi: '', format: '', sheet: '', decimal: '', encoding: '', delimiter: '' };

// "" means: detected from the file, as on the command line without the option.
export const FORMAT_OPTIONS: { value: FormatChoice; label: string }[] = [
  { value: '', label: 'Automatisch erkennen' },
  { value: 'long', label: 'Langformat (Kennzahl, Jahr, Wert)' },
  { value: 'wide', label: 'Breitformat (Kennzahl, eine Spalte je Jahr)' },
  { value: 'opensdg', label: 'Open-SDG-CSV (mit Kennzahl)' },
  { value: 'genesis', label: 'GENESIS-Flatfile ffcsv (mit Kennzahl)' },
];
export const DECIMAL_OPTIONS: { value: Choices['decimal']; label: string }[] = [
  { value: '', label: 'automatisch' },
  { value: ',', label: 'Komma (12,5)' },
  { value: '.', label: 'Punkt (12.5)' },
];
export const ENCODING_OPTIONS: { value: Choices['encoding']; label: string }[] = [
  { value: '', label: 'automatisch' },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'windows-1252', label: 'Windows-1252 (Excel „CSV“)' },
  { value: 'utf-16le', label: 'UTF-16 LE (Unicode-Text)' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
];
export const DELIMITER_OPTIONS: { value: Choices['delimiter']; label: string }[] = [
  { value: '', label: 'automatisch' },
  { value: ';', label: 'Semikolon ;' },
  { value: ',', label: 'Komma ,' },
  { value: '\t', label: 'Tabulator' },
];

/** A file too large to send is said before it is read. */
export function tooLarge(file: File): string | null {
  if (file.size <= MAX_ADMIN_IMPORT_FILE_BYTES) return null;
  const mb = (n: number) => (n / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 });
  return `„${file.name}“ ist ${mb(file.size)} MB groß; die Seite nimmt höchstens ${mb(MAX_ADMIN_IMPORT_FILE_BYTES)} MB. Die Datei aufteilen (z. B. nach Kennzahlen oder Jahren) und die Teile nacheinander importieren.`;
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`„${file.name}“ kann nicht gelesen werden.`));
    reader.readAsDataURL(file);
  });
}

export async function buildUpload(file: File, mapping: File | null, choices: Choices): Promise<AdminImportUpload> {
  return {
    file: { name: file.name, base64: await base64Of(file) },
    ...(mapping ? { mapping: { name: mapping.name, text: await mapping.text() } } : {}),
    ...(choices.kpi ? { kpi: choices.kpi } : {}),
    ...(choices.format ? { format: choices.format } : {}),
    ...(choices.sheet.trim() ? { sheet: choices.sheet.trim() } : {}),
    ...(choices.decimal ? { decimal: choices.decimal } : {}),
    ...(choices.encoding ? { encoding: choices.encoding } : {}),
    ...(choices.delimiter ? { delimiter: choices.delimiter } : {}),
  };
}

/** The server's German message of a refused request, or a fallback. */
export function errorMessage(error: unknown, fallback: string): string {
  const response = (error as { response?: { status?: number; data?: { error?: { message?: string } } } }).response;
  if (response?.status === 403)
    return 'Ihnen fehlt die Berechtigung „Daten importieren“. Eine Administratorin oder ein Administrator kann sie Ihrer Rolle geben.';
  if (response?.status === 413)
    return 'Die Datei ist zu groß für eine Anfrage. Die Datei aufteilen und die Teile nacheinander importieren.';
  return response?.data?.error?.message ?? fallback;
}
