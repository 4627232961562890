// Cells of the CSV and XLSX files we write (site downloads, import
// template). A spreadsheet program runs a text cell that starts with "=",
// "+", "-" or "@" as a formula (also after a leading tab or carriage
// return): a note "=HYPERLINK(…)" imported from a city office's file would
// become a live link or a command in every visitor's Excel ("CSV
// injection"). Such text gets a leading apostrophe, which spreadsheets read
// as "this is text". Numbers stay numbers — also negative ones and numbers
// held as text ("-12.5") — and a lone sign ("-" for "no value") is no formula.

export type SpreadsheetValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** True when a spreadsheet would take `text` for a formula. */
export function startsLikeFormula(text: string): boolean {
  return text.length > 1 && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** The value to write into a CSV or XLSX cell: formula-like text neutralised, everything else unchanged. */
export function spreadsheetSafe<T extends SpreadsheetValue>(value: T): T | string {
  return typeof value === 'string' && startsLikeFormula(value) ? `'${value}` : value;
}
