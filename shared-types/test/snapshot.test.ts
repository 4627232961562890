import { describe, expect, it } from 'vitest';
import { describeIssues, formatProblems, snapshotSchema, type Snapshot } from '../src/index.ts';
import { minimalSnapshot } from './fixtures/minimal-snapshot.ts';

/** Parses a broken copy and returns its problems as "where: message" lines. */
function problemsOf(breakIt: (s: Snapshot) => void): string[] {
  const snapshot = minimalSnapshot();
  breakIt(snapshot);
  const result = snapshotSchema.safeParse(snapshot);
  if (result.success) return [];
  return describeIssues(result.error, snapshot).map((p) => `${p.where}: ${p.message}`);
}

describe('snapshot schema', () => {
  it('accepts a complete valid snapshot', () => {
    expect(snapshotSchema.safeParse(minimalSnapshot()).success).toBe(true);
  });

  it('names entry, field and problem for a bad field value', () => {
    expect(problemsOf((s) => (s.kpis[0]!.unit = ' '))).toEqual([
      'kpis[0] (code "ENE-01") → unit: unit must not be empty',
    ]);
    expect(problemsOf((s) => (s.kpis[0]!.observations[0]!.period = '23'))).toEqual([
      'kpis[0] (code "ENE-01") → observations[0] (period "23") → period: must be a period like "2024", "2024-Q1" or "2024-03"',
    ]);
    expect(problemsOf((s) => (s.tiles[0]!.slug = 'Strom Tile'))[0]).toMatch(
      /^tiles\[0\] \(slug "Strom Tile"\) → slug: must be a slug/,
    );
  });

  it('refuses SDG numbers outside 1–17 and targets of another goal', () => {
    expect(problemsOf((s) => (s.tiles[0]!.sdgs = [18]))).toEqual([
      'tiles[0] (slug "strom") → sdgs[0]: SDG numbers run from 1 to 17',
      'tiles[0] (slug "strom") → sdgs[0]: verweist auf SDG „18“: nicht vorhanden oder nicht veröffentlicht',
    ]);
    expect(problemsOf((s) => (s.kpis[0]!.sdgs[0]!.target = '11.6'))[0]).toContain(
      '→ sdgs[0] → target: das Unterziel muss zum SDG gehören',
    );
  });

  it('refuses two values for the same period and series', () => {
    expect(
      problemsOf((s) =>
        s.kpis[0]!.observations.push({ period: '2023', value: 1, series: null, provisional: false, note: null }),
      ),
    ).toEqual([
      'kpis[0] (code "ENE-01") → observations[2] (period "2023") → period: für 2023 gibt es schon einen Wert (Eintrag 1); pro Zeitraum und Reihe ist nur einer erlaubt',
    ]);
  });

  it('refuses references to entries that do not exist', () => {
    expect(problemsOf((s) => (s.tiles[0]!.kpis = ['ENE-01', 'XYZ-99']))).toEqual([
      'tiles[0] (slug "strom") → kpis[1]: verweist auf Kennzahl „XYZ-99“: nicht vorhanden oder nicht veröffentlicht',
    ]);
    expect(problemsOf((s) => (s.actionFields[0]!.dimension = 'soziales'))).toEqual([
      'actionFields[0] (slug "energie") → dimension: verweist auf Handlungsdimension „soziales“: nicht vorhanden oder nicht veröffentlicht',
    ]);
    expect(problemsOf((s) => (s.meetings[0]!.agendaItems[0]!.tiles = ['fehlt']))).toEqual([
      'meetings[0] (slug "dos-2025-02-26") → agendaItems[0] (number "2") → tiles[0]: verweist auf Kachel „fehlt“: nicht vorhanden oder nicht veröffentlicht',
    ]);
  });

  it('refuses duplicate keys', () => {
    expect(problemsOf((s) => s.kpis.push({ ...s.kpis[0]! }))).toEqual([
      'kpis[1] (code "ENE-01") → code: „ENE-01“ ist doppelt vergeben (auch beim 1. Eintrag); jeder Eintrag braucht einen eigenen Wert',
    ]);
  });

  it('refuses a non-public agenda item: it must never reach the site', () => {
    expect(problemsOf((s) => (s.meetings[0]!.agendaItems[0]!.public = false))).toEqual([
      'meetings[0] (slug "dos-2025-02-26") → agendaItems[0] (number "2") → public: nichtöffentlicher Tagesordnungspunkt: er darf das CMS nie verlassen',
    ]);
  });

  it('reports every problem at once, in a heading and one line each', () => {
    const snapshot = minimalSnapshot();
    snapshot.kpis[0]!.unit = '';
    snapshot.tiles[0]!.kpis = ['NOPE'];
    const result = snapshotSchema.safeParse(snapshot);
    expect(result.success).toBe(false);
    const report = formatProblems('snapshot.json', describeIssues(result.error!, snapshot));
    expect(report.split('\n')).toEqual([
      'snapshot.json: 2 problems',
      '  - kpis[0] (code "ENE-01") → unit: unit must not be empty',
      '  - tiles[0] (slug "strom") → kpis[0]: verweist auf Kennzahl „NOPE“: nicht vorhanden oder nicht veröffentlicht',
    ]);
  });
});
