// Reporting periods as offices write them, turned into the model's form
// ("2024", "2024-Q1", "2024-03"): years; months as "Jan 19", "Januar 2019",
// "01.2019", "2019-01"; quarters as "Q1 2024", "1. Quartal 2024", "2024-Q1".
// Year ranges ("2019/20") are refused: a value must belong to one period.
// Pure (no Node APIs), so the same reading can run wherever the import runs.
import { MAX_YEAR, MIN_YEAR } from '../limits.ts';
import type { Cell } from './sheet.ts';

export type PeriodReading = { period: string } | { problem: string; hint: string };

const MONTHS: [number, string[]][] = [
  [1, ['jan', 'januar', 'jän', 'jänner', 'january']],
  [2, ['feb', 'februar', 'february']],
  [3, ['mär', 'mrz', 'märz', 'maerz', 'mar', 'march']],
  [4, ['apr', 'april']],
  [5, ['mai', 'may']],
  [6, ['jun', 'juni', 'june']],
  [7, ['jul', 'juli', 'july']],
  [8, ['aug', 'august']],
  [9, ['sep', 'sept', 'september']],
  [10, ['okt', 'oktober', 'oct', 'october']],
  [11, ['nov', 'november']],
  [12, ['dez', 'dezember', 'dec', 'december']],
];
const MONTH_OF = new Map(MONTHS.flatMap(([n, names]) => names.map((name) => [name, n] as const)));
const RANGE_HINT =
  'Jeder Wert gehört zu genau einem Zeitraum: den Wert einem Jahr zuordnen (z. B. dem Jahr, in dem der Zeitraum endet) und die Überschrift auf diese Jahreszahl ändern.';

const pad = (n: number) => String(n).padStart(2, '0');

/** "19" → 2019, "98" → 1998: two-digit years up to next year belong to this century. */
function fullYear(text: string, now: Date): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  return yy <= (now.getFullYear() + 1) % 100 ? 2000 + yy : 1900 + yy;
}

/** Day number Excel stores for a date (1900 date system), to recognise a year typed into a date cell. */
function excelSerial(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const month = (year: number, m: number): PeriodReading => ({ period: `${year}-${pad(m)}` });

/**
 * The period a cell names, a problem if it looks like a period the model cannot take, or null if it is no period at
 * all.
 */
export function readPeriod(cell: Cell | undefined, now = new Date()): PeriodReading | null {
  if (cell === undefined) return null;
  if (typeof cell === 'number')
    return Number.isInteger(cell) && cell >= 1000 && cell <= 9999 ? { period: String(cell) } : null;
  const s = cell.trim().replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;
  if (/^\d{4}$/.test(s)) return { period: s };
  if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    // An XLSX date cell (sheet.ts writes dates as YYYY-MM-DD).
    const serial = excelSerial(s);
    if (serial >= MIN_YEAR && serial <= MAX_YEAR) {
      return {
        problem: `die Zelle ist als Datum gespeichert (${m[3]}.${m[2]}.${m[1]}) – vermutlich die Jahreszahl ${serial} im Datumsformat`,
        hint: `Die Zelle in Excel als Zahl oder Text formatieren (Zellen formatieren → Standard) und ${serial} eintragen.`,
      };
    }
    if (m[3] === '01') return month(Number(m[1]), Number(m[2]));
    return {
      problem: `„${m[3]}.${m[2]}.${m[1]}“ ist ein Tagesdatum, kein Zeitraum`,
      hint: 'Ein Jahr (2024), einen Monat (01.2024) oder ein Quartal (Q1 2024) eintragen.',
    };
  }
  if ((m = s.match(/^(\d{4}) ?[-/–] ?(\d{2}|\d{4})$/))) {
    const second = m[2]!;
    const isMonth = s.includes('-') && second.length === 2 && Number(second) >= 1 && Number(second) <= 12;
    if (isMonth) return month(Number(m[1]), Number(second));
    return { problem: `„${s}“ ist ein Zeitraum über mehrere Jahre`, hint: RANGE_HINT };
  }
  if ((m = s.match(/^(\d{1,2})[./](\d{4}|\d{2})$/))) {
    const mm = Number(m[1]);
    if (mm >= 1 && mm <= 12 && m[2]!.length === 4) return month(Number(m[2]), mm);
    return null;
  }
  if ((m = s.match(/^(\d{4}) ?-? ?q([1-4])$/i))) return { period: `${m[1]}-Q${m[2]}` };
  if ((m = s.match(/^q([1-4]) ?[/-]? ?(\d{4}|\d{2})$/i))) return { period: `${fullYear(m[2]!, now)}-Q${m[1]}` };
  if ((m = s.match(/^([1-4])\. ?(?:quartal|qu\.?|qrt\.?) ?(\d{4}|\d{2})$/i)))
    return { period: `${fullYear(m[2]!, now)}-Q${m[1]}` };
  if ((m = s.match(/^([a-zäö]+)\.? ?[-/']? ?(\d{4}|\d{2})$/i))) {
    const mm = MONTH_OF.get(m[1]!.toLowerCase());
    return mm === undefined ? null : month(fullYear(m[2]!, now), mm);
  }
  return null;
}
