// What the page sends: the chosen file as base64 (the server reads it; the
// browser never interprets it), the optional mapping file as text, and the
// steward's choices. "auto" and empty choices are left out, as on the
// command line, so the server detects them.
import { MAX_ADMIN_IMPORT_FILE_BYTES, type AdminImportUpload } from '@sdd/shared-types';

export type FormatChoice = 'auto' | NonNullable<AdminImportUpload['format']>;
export interface Choices {
  kpi: string;
  format: FormatChoice;
  sheet: string;
  decimal: '' | ',' | '.';
  encoding: '' | NonNullable<AdminImportUpload['encoding']>;
  delimiter: '' | NonNullable<AdminImportUpload['delimiter']>;
}

export const NO_CHOICES: Choices = { kpi: '', format: 'auto', sheet: '', decimal: '', encoding: '', delimiter: '' };

export const FORMAT_OPTIONS: { value: FormatChoice; label: string }[] = [
  { value: 'auto', label: 'Automatisch erkennen' },
  { value: 'long', label: 'Langformat (Kennzahl, Jahr, Wert)' },
  { value: 'wide', label: 'Breitformat (Kennzahl, eine Spalte je Jahr)' },
  { value: 'opensdg', label: 'Open-SDG-CSV (mit Kennzahl)' },
  { value: 'genesis', label: 'GENESIS-Flatfile ffcsv (mit Kennzahl)' },
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
    ...(choices.format !== 'auto' ? { format: choices.format } : {}),
    ...(choices.sheet.trim() ? { sheet: choices.sheet.trim() } : {}),
    ...(choices.decimal ? { decimal: choices.decimal } : {}),
    ...(choices.encoding ? { encoding: choices.encoding } : {}),
    ...(choices.delimiter ? { delimiter: choices.delimiter } : {}),
  };
}

/** The server's German message of a refused request, or a fallback. */
export function errorMessage(error: unknown, fallback: string): string {
  const response = (error as { response?: { status?: number; data?: { error?: { message?: string } } } }).response;
  if (response?.status === 403) return 'Ihnen fehlt die Berechtigung „Daten importieren“. Eine Administratorin oder ein Administrator kann sie Ihrer Rolle geben.';
  if (response?.status === 413) return 'Die Datei ist zu groß für eine Anfrage. Die Datei aufteilen und die Teile nacheinander importieren.';
  return response?.data?.error?.message ?? fallback;
}
