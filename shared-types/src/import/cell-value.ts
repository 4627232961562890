// One value cell read as a number, a deliberate gap, or a problem the
// steward can fix. Shared by every layout.
import { detectDecimalMark, isMissingMarker, parseNumber, type DecimalMark } from '../index.ts';
import type { Cell } from './sheet.ts';

export type ValueReading = { value: number } | { missing: true } | { problem: string; hint: string };

export function readValue(raw: Cell | undefined, decimal: DecimalMark): ValueReading {
  if (raw === undefined || (typeof raw === 'string' && isMissingMarker(raw))) return { missing: true };
  if (typeof raw === 'number') return { value: raw };
  if (raw.startsWith('=')) {
    return {
      problem: `Formel „${raw}“ ohne gespeichertes Ergebnis`,
      hint: 'Die Datei in Excel öffnen, neu berechnen lassen und speichern – oder die Werte als Werte einfügen (Inhalte einfügen → Werte).',
    };
  }
  const value = parseNumber(raw, decimal);
  if (value !== null) return { value };
  return {
    problem: `„${raw.trim()}“ ist keine Zahl`,
    hint: `Zahlen mit ${decimal === ',' ? 'Dezimalkomma (12,5) und Tausenderpunkt (1.234,5)' : 'Dezimalpunkt (12.5)'} schreiben; für fehlende Werte die Zelle leer lassen oder „-“ bzw. „k.A.“ eintragen.`,
  };
}

/** The decimal mark of a file, from its text value cells. */
export const decimalOf = (cells: Iterable<Cell | undefined>): DecimalMark =>
  detectDecimalMark([...cells].filter((c): c is string => typeof c === 'string'));
