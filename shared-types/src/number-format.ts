// Numbers as German offices write them, one rule for the import and the admin's
// value table: decimal comma or point, thousands separators, and the usual
// markers for a missing value. Independent of any UI language, so "12,5" and
// "12.5" never turn into 125.
export type DecimalMark = ',' | '.';

/** Cells that mean "no value" (Statistisches Bundesamt conventions and common variants). */
const MISSING = new Set([
  '',
  '-',
  '–',
  '—',
  '.',
  '..',
  '...',
  '…',
  'x',
  '/',
  'k.a.',
  'k. a.',
  'ka',
  'n.v.',
  'n. v.',
  'nv',
  'n/a',
  'na',
]);

export const isMissingMarker = (text: string) => MISSING.has(text.trim().toLowerCase());

const COMMA_DECIMAL = /^[-+−]?\d{1,3}(\.\d{3})*,\d+$|^[-+−]?\d+,\d+$/;
const POINT_DECIMAL = /^[-+−]?\d{1,3}(,\d{3})*\.\d+$|^[-+−]?\d+\.\d+$/;
const AMBIGUOUS = /^[-+−]?\d{1,3}[.,]\d{3}$/; // "1.234": a thousand, or one point two three four?
const SPACING = /[\s\u00a0\u202f']/g;

/** The decimal mark most values of a file use; a decimal comma when undecided (German default). */
export function detectDecimalMark(samples: readonly string[]): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const raw of samples) {
    const s = raw.trim().replace(SPACING, '');
    if (AMBIGUOUS.test(s)) continue;
    if (COMMA_DECIMAL.test(s)) comma++;
    else if (POINT_DECIMAL.test(s)) point++;
  }
  return point > comma ? '.' : ',';
}

/** The number in `text`, or null if it is not one. Thousands separators: the other mark, spaces, apostrophes. */
export function parseNumber(text: string, mark: DecimalMark): number | null {
  let s = text.trim().replace(SPACING, '').replace(/^−/, '-').replace(/^\+/, '');
  const thousands = mark === ',' ? '.' : ',';
  if (s.includes(thousands)) {
    if (!new RegExp(`^-?\\d{1,3}(\\${thousands}\\d{3})+(\\${mark}\\d+)?$`).test(s)) return null;
    s = s.split(thousands).join('');
  }
  if (mark === ',') s = s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** What one typed value means, without knowing the file or the admin language. */
export type ReadNumber =
  | { kind: 'empty' }
  | { kind: 'missing' }
  | { kind: 'number'; value: number }
  /** "1.234" or "1,234": a thousand and more, or a decimal. The editor is asked. */
  | { kind: 'ambiguous'; asThousands: number; asDecimal: number }
  | { kind: 'invalid' };

/**
 * Reads a single value as typed by an editor: German ("12,5", "1.234,5",
 * "-0,5") and unambiguous English ("12.5", "1,234.5"); "1.234" and "1,234"
 * are reported as ambiguous instead of guessed. A leading zero ("0.500")
 * cannot start a thousands group, so it is a decimal.
 */
export function readNumber(text: string): ReadNumber {
  const s = text.trim().replace(SPACING, '');
  if (s === '') return { kind: 'empty' };
  if (isMissingMarker(s)) return { kind: 'missing' };
  if (AMBIGUOUS.test(s) && !/^[-+−]?0[.,]/.test(s)) {
    const mark: DecimalMark = s.includes(',') ? ',' : '.';
    return {
      kind: 'ambiguous',
      asThousands: parseNumber(s, mark === ',' ? '.' : ',')!,
      asDecimal: parseNumber(s, mark)!,
    };
  }
  const value =
    COMMA_DECIMAL.test(s) || /^[-+−]?[1-9]\d{0,2}(\.\d{3})+$/.test(s) ? parseNumber(s, ',') : parseNumber(s, '.');
  return value === null ? { kind: 'invalid' } : { kind: 'number', value };
}

/**
 * A stored value as the editor writes it back: decimal comma, no thousands
 * separator (so "1234" is never re-read as the ambiguous "1.234").
 */
export const formatNumberDe = (value: number) =>
  value.toLocaleString('de-DE', { useGrouping: false, maximumFractionDigits: 15 });

/** A value as the import's dry run shows it to read (command line and admin page): grouped, "fehlend" for none. */
export const formatImportValueDe = (value: number | null) =>
  value === null ? 'fehlend' : new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6 }).format(value);
