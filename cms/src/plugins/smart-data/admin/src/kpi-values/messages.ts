// German texts of the value table: problems and warnings name the period and
// the series in words, and say what to do.
import { formatNumberDe, type ValueJump } from '@sdd/shared-types';
import { seriesLabel, type Grid, type Problem } from './grid';

const where = (grid: Grid, row: number, col: number) =>
  `${grid.rows[row]?.period.trim() || `Zeile ${row + 1}`}, ${seriesLabel(grid.series[col] ?? null)}`;

export function problemText(grid: Grid, p: Problem): string {
  switch (p.kind) {
    case 'ambiguous':
      return `${where(grid, p.row, p.col)}: „${p.text}“ ist mehrdeutig – ${formatNumberDe(p.asThousands)} (Punkt/Komma als Tausendertrennzeichen) oder ${formatNumberDe(p.asDecimal)} (als Dezimaltrennzeichen)? Bitte auswählen.`;
    case 'invalid':
      return `${where(grid, p.row, p.col)}: „${p.text}“ ist keine Zahl. Zahlen wie 12,5 oder 1.234,5 schreiben; für einen fehlenden Wert „–“ eintragen, sonst die Zelle leeren.`;
    case 'period':
      return `Zeile ${p.row + 1}: „${p.text}“ ist kein Zeitraum. Ein Jahr wie 2024, ein Quartal wie 2024-Q1 oder einen Monat wie 2024-03 eintragen.`;
    case 'duplicate-period':
      return `Zeile ${p.row + 1}: Den Zeitraum ${p.text.trim()} gibt es schon. Die Werte in die vorhandene Zeile eintragen und diese Zeile entfernen.`;
  }
}

export function jumpText(j: ValueJump): string {
  const others = j.neighbours.map((n) => `${formatNumberDe(n.value)} (${n.period})`).join(' und ');
  return `${j.period}, ${seriesLabel(j.series)}: ${formatNumberDe(j.value)} weicht um das Zehnfache oder mehr von ${others} ab. Ist das Komma an der richtigen Stelle? Bitte vor dem Veröffentlichen prüfen.`;
}
