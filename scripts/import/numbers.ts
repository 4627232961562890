// Numbers as German offices write them: decimal comma or point, thousands
// separators, and the usual markers for a missing value.
export type DecimalMark = ',' | '.';

/** Cells that mean "no value" (Statistisches Bundesamt conventions and common variants). */
const MISSING = new Set(['', '-', '–', '—', '.', '..', '...', '…', 'x', '/', 'k.a.', 'k. a.', 'ka', 'n.v.', 'n. v.', 'nv', 'n/a', 'na']);

export const isMissingMarker = (text: string) => MISSING.has(text.trim().toLowerCase());

const COMMA_DECIMAL = /^[-+−]?\d{1,3}(\.\d{3})*,\d+$|^[-+−]?\d+,\d+$/;
const POINT_DECIMAL = /^[-+−]?\d{1,3}(,\d{3})*\.\d+$|^[-+−]?\d+\.\d+$/;
const AMBIGUOUS = /^[-+−]?\d{1,3}[.,]\d{3}$/; // "1.234": a thousand, or one point two three four?

/** The decimal mark most values of a file use; a decimal comma when undecided (German default). */
export function detectDecimalMark(samples: readonly string[]): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const raw of samples) {
    const s = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
    if (AMBIGUOUS.test(s)) continue;
    if (COMMA_DECIMAL.test(s)) comma++;
    else if (POINT_DECIMAL.test(s)) point++;
  }
  return point > comma ? '.' : ',';
}

/** The number in `text`, or null if it is not one. Thousands separators: the other mark, spaces, apostrophes. */
export function parseNumber(text: string, mark: DecimalMark): number | null {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '').replace(/^−/, '-').replace(/^\+/, '');
  const thousands = mark === ',' ? '.' : ',';
  if (s.includes(thousands)) {
    if (!new RegExp(`^-?\\d{1,3}(\\${thousands}\\d{3})+(\\${mark}\\d+)?$`).test(s)) return null;
    s = s.split(thousands).join('');
  }
  if (mark === ',') s = s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}
