// Comparison series in an import: how offices' files mark them, and what an
// import may do with them. One rule for the dry run (command line and admin
// page) and the CMS's write: a series the file marks as comparison and the
// KPI does not know yet is added to the KPI's comparison series; a series
// whose role the file contradicts (the city's own series marked comparison,
// or a comparison series marked own) is refused — an import never flips a
// series' role silently, editors change it in the admin.
import { formatSeriesLines, parseSeriesLines } from './comparison-series.ts';

/** A series label as files mark a comparison: "Bayern (Vergleich)", "Bayern [Vergleichsreihe]", "Vergleich: Bayern". */
const BRACKET_MARK = /\s*[([]\s*vergleich(?:sreihe|swert|swerte)?\s*[)\]]/i;
const PREFIX_MARK = /^\s*vergleich(?:sreihe|swert|swerte)?\s*:\s*/i;

/** The label without its comparison mark, and whether it had one. */
export function readComparisonLabel(label: string): { name: string; comparison: boolean } {
  if (PREFIX_MARK.test(label)) return { name: label.replace(PREFIX_MARK, '').trim(), comparison: true };
  if (BRACKET_MARK.test(label))
    return { name: label.replace(BRACKET_MARK, ' ').replace(/\s+/g, ' ').trim(), comparison: true };
  return { name: label, comparison: false };
}

const YES = new Set(['ja', 'j', 'x', '1', 'wahr', 'yes', 'y', 'true', 'vergleich']);
const NO = new Set(['nein', 'n', '0', 'falsch', 'no', 'false']);

/** A "Vergleich" column's cell: ja/nein (x, 1, wahr …); empty says nothing. */
export function readComparisonFlag(
  cell: string,
): { comparison: boolean | undefined } | { problem: string; hint: string } {
  const t = cell.trim().toLowerCase();
  if (t === '') return { comparison: undefined };
  if (YES.has(t)) return { comparison: true };
  if (NO.has(t)) return { comparison: false };
  return {
    problem: `„${cell.trim()}“ ist weder „ja“ noch „nein“`,
    hint: 'In der Spalte „Vergleich“ „ja“ für Vergleichsreihen (z. B. Bayern) und „nein“ oder nichts für die eigenen Werte der Stadt eintragen.',
  };
}

/** A value as the rule sees it: its series and what the file said of it (undefined: nothing). */
export interface ComparisonMarked {
  /** null or absent: the KPI's main series. */
  series?: string | null | undefined;
  comparison?: boolean | undefined;
}

export interface ComparisonConflict {
  /** Index of the first value (of those passed) the conflict is about. */
  index: number;
  message: string;
  hint: string;
}

export interface ComparisonChanges {
  /** Names to add to the KPI's comparison series, in the file's order. */
  added: string[];
  conflicts: ComparisonConflict[];
}

const IN_ADMIN = 'im CMS bei der Kennzahl im Feld „Vergleichsreihen“';

/**
 * What importing `incoming` (the values of one KPI) does to the KPI's
 * comparison series, given its values and comparison names as they stand.
 */
export function comparisonChanges(
  kpi: { observations: readonly { series?: string | null | undefined }[]; comparisonSeries: readonly string[] },
  incoming: readonly ComparisonMarked[],
): ComparisonChanges {
  const comparison = new Set(kpi.comparisonSeries);
  const own = new Set(
    kpi.observations.map((o) => o.series ?? null).filter((s): s is string => s !== null && !comparison.has(s)),
  );
  const conflicts: ComparisonConflict[] = [];
  const marks = new Map<string, { yes?: number; no?: number }>();
  incoming.forEach((v, index) => {
    if (v.comparison === undefined) return;
    const series = v.series ?? null;
    if (series === null) {
      if (v.comparison && !conflicts.some((c) => c.message.startsWith('Die Hauptreihe'))) {
        conflicts.push({
          index,
          message:
            'Die Hauptreihe (Werte ohne Reihenname) ist als Vergleich markiert; sie sind immer die eigenen Werte der Stadt',
          hint: 'Der Vergleichsreihe einen Namen geben, z. B. „Bayern (Vergleich)“ – oder die Markierung entfernen.',
        });
      }
      return;
    }
    const m = marks.get(series) ?? {};
    if (v.comparison) m.yes ??= index;
    else m.no ??= index;
    marks.set(series, m);
  });
  const added: string[] = [];
  for (const [series, m] of marks) {
    if (m.yes !== undefined && m.no !== undefined) {
      conflicts.push({
        index: Math.max(m.yes, m.no),
        message: `Die Reihe „${series}“ ist in der Datei einmal als Vergleich und einmal als eigene Reihe markiert`,
        hint: `Alle Werte von „${series}“ gleich markieren: „ja“ bzw. „(Vergleich)“, wenn es Werte eines anderen Gebiets sind.`,
      });
    } else if (m.yes !== undefined && own.has(series)) {
      conflicts.push({
        index: m.yes,
        message: `„${series}“ ist bisher eine eigene Reihe der Stadt, die Datei markiert sie als Vergleich`,
        hint: `Der Import ändert die Rolle einer Reihe nicht. Ist „${series}“ ein Vergleich, „${series}“ ${IN_ADMIN} eintragen und erneut importieren; sonst die Markierung in der Datei entfernen.`,
      });
    } else if (m.no !== undefined && comparison.has(series)) {
      conflicts.push({
        index: m.no,
        message: `„${series}“ ist bisher eine Vergleichsreihe, die Datei markiert sie als eigene Reihe der Stadt`,
        hint: `Der Import ändert die Rolle einer Reihe nicht. Sind es Werte der Stadt, „${series}“ ${IN_ADMIN} entfernen und erneut importieren; sonst in der Datei „ja“ eintragen.`,
      });
    } else if (m.yes !== undefined && !comparison.has(series)) added.push(series);
  }
  // The city must keep a series of its own (the editors' rule, comparisonSeriesProblems).
  const after = new Set([...kpi.observations.map((o) => o.series ?? ''), ...incoming.map((v) => v.series ?? '')]);
  const marked = new Set([...comparison, ...added]);
  if (added.length > 0 && [...after].every((s) => marked.has(s))) {
    const index = incoming.findIndex((v) => v.series === added[0]);
    conflicts.push({
      index,
      message: 'Alle Reihen dieser Kennzahl wären Vergleichsreihen; es fehlen die eigenen Werte der Stadt',
      hint: 'Die Werte der Stadt mit importieren (ohne Markierung) – oder die Markierung entfernen, wenn es die Werte der Stadt sind.',
    });
  }
  return { added, conflicts: conflicts.sort((a, b) => a.index - b.index) };
}

/** The KPI's comparison text with `added` appended (the field editors write, one name per line). */
export const withComparisonSeries = (text: string | null | undefined, added: readonly string[]): string =>
  formatSeriesLines([...new Set([...parseSeriesLines(text), ...added])]);

/** The dry run's line for a comparison series the import adds (command line and admin page say the same). */
export const newComparisonSeriesDe = (name: string): string =>
  `Vergleichsreihe „${name}“ wird angelegt (zählt nicht für Trend, Kennzahlwert und Fortschritt)`;
