// Comparison series: reference values a KPI carries beside the city's own
// (e.g. "Bayern", "Deutschland", a partner city). They are drawn and listed
// as "Vergleich", but never count for the headline figure, trend or progress.
// Editors list their names one per line; one rule here for CMS and snapshot.

/** Series names from the editors' text: one per line, trimmed, blanks dropped, each once. */
export function parseSeriesLines(text: string | null | undefined): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  ];
}

/** The editors' text for a list of names (the inverse of `parseSeriesLines`). */
export const formatSeriesLines = (names: readonly string[]): string => names.join('\n');

/**
 * German problems with a KPI's comparison series: a name no value carries
 * (most often a typo), or every series marked as comparison, which would
 * leave the KPI without figures of its own.
 */
export function comparisonSeriesProblems(
  names: readonly string[],
  observations: readonly { series: string | null }[],
): string[] {
  if (names.length === 0) return [];
  const series = new Set(observations.map((o) => o.series ?? ''));
  const problems = names
    .filter((name) => !series.has(name))
    .map((name) => {
      const known = [...series].filter((s) => s !== '');
      const hint =
        known.length > 0
          ? `Reihen dieser Kennzahl: ${known.map((s) => `„${s}“`).join(', ')}.`
          : 'Die Kennzahl hat noch keine benannten Reihen.';
      return `Die Vergleichsreihe „${name}“ hat keine Werte. ${hint} Bitte den Namen genau so schreiben wie in der Wertetabelle.`;
    });
  if (series.size > 0 && [...series].every((s) => names.includes(s))) {
    problems.push(
      'Alle Reihen sind als Vergleich markiert: Die Kennzahl braucht mindestens eine eigene Reihe der Stadt.',
    );
  }
  return problems;
}

/** Whether a series of the KPI (null: its main series) is a comparison series. */
export const isComparisonSeries = (kpi: { comparisonSeries: readonly string[] }, series: string | null): boolean =>
  series !== null && kpi.comparisonSeries.includes(series);
