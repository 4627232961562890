// German number and date formatting (de-DE), one place for the whole site.
const numberFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  return format.format(value);
}

/** "12,3 %" — the unit after a narrow no-break space. */
export const formatValue = (value: number, unit: string, decimals: number) =>
  `${formatNumber(value, decimals)}\u202f${unit}`;

const sign = (value: number) => (value > 0 ? '+' : value < 0 ? '−' : '±');

export const formatSigned = (value: number, unit: string, decimals: number) =>
  `${sign(value)}${formatValue(Math.abs(value), unit, decimals)}`;

/** The size of a difference of two values in `unit`; for percentages that is
 *  percentage points, singular only for exactly "1" ("1 Prozentpunkt", "1,0 Prozentpunkte"). */
export function formatDifference(amount: number, unit: string, decimals: number): string {
  const number = formatNumber(Math.abs(amount), decimals);
  if (unit.trim() !== '%') return `${number}\u202f${unit}`;
  return `${number}\u202f${number === '1' ? 'Prozentpunkt' : 'Prozentpunkte'}`;
}

/** A signed difference: "+2,5 Prozentpunkte", "−1 Prozentpunkt", "−0,3 t". */
export const formatSignedDifference = (value: number, unit: string, decimals: number) =>
  `${sign(value)}${formatDifference(value, unit, decimals)}`;

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Berlin',
});
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Berlin',
});
const longDateFormat = new Intl.DateTimeFormat('de-DE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Berlin',
});
const timeFormat = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });

const formattedDates = new Map<string, string>();
/**
 * "03.03.2025" from "2025-03-03" or an ISO date-time. Remembered: a build formats the same few dates many thousand
 * times.
 */
export function formatDate(iso: string): string {
  let text = formattedDates.get(iso);
  if (text === undefined) {
    text = dateFormat.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
    formattedDates.set(iso, text);
  }
  return text;
}
export const formatDateTime = (iso: string) => `${dateTimeFormat.format(new Date(iso))} Uhr`;
export const formatLongDate = (iso: string) => longDateFormat.format(new Date(iso));
export const formatTime = (iso: string) => `${timeFormat.format(new Date(iso))} Uhr`;
