// Comparison series in an import: the marks offices' files use (a header
// "Bayern (Vergleich)", "Vergleich: Deutschland", a column "Vergleich" =
// ja/nein, a mapping's "comparison" list), the one rule of what an import
// may do with them, and the dry run's plan and problems with row and column.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  comparisonChanges,
  readComparisonFlag,
  readComparisonLabel,
  withComparisonSeries,
  type ImportCatalogueKpi,
  type ImportProblem,
} from '../src/index.ts';
import { readAndCheck } from '../src/import/index.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../scripts/import/test/fixtures', name)));
const bytes = (text: string) => new TextEncoder().encode(text);
const NOW = new Date('2026-06-01T00:00:00Z');
const obs = (period: string, series: string | null, value = 1) => ({
  period,
  series,
  value,
  provisional: false,
  note: null,
});
const kpi = (code: string, unit: string, over: Partial<ImportCatalogueKpi> = {}): ImportCatalogueKpi => ({
  code,
  name: `Kennzahl ${code}`,
  unit,
  periodicity: 'yearly',
  status: 'published',
  observations: [obs('2021', null, 10)],
  comparisonSeries: [],
  ...over,
});
const catalogueOf = (...kpis: ImportCatalogueKpi[]) => new Map(kpis.map((k) => [k.code, k]));
const where = (p: ImportProblem) => ('row' in p.at ? `Zeile ${p.at.row}, Spalte ${p.at.column}` : p.at.file);

describe('readComparisonLabel', () => {
  it.each([
    ['Bayern (Vergleich)', 'Bayern'],
    ['Bayern [Vergleichsreihe]', 'Bayern'],
    ['Vergleich: Deutschland', 'Deutschland'],
    ['vergleichswert: Bamberg', 'Bamberg'],
    ['Bayern (Vergleich) (kWh)', 'Bayern (kWh)'],
  ])('„%s“ is the comparison series „%s“', (label, name) => {
    expect(readComparisonLabel(label)).toEqual({ name, comparison: true });
  });

  it.each(['Bayern', 'Vergleichsgruppe A', 'Rathaus (kWh)', 'Städtevergleich'])('„%s“ carries no mark', (label) => {
    expect(readComparisonLabel(label)).toEqual({ name: label, comparison: false });
  });
});

describe('readComparisonFlag', () => {
  it('reads ja/nein as offices write them, empty as nothing said', () => {
    expect(['ja', 'JA', 'x', '1', 'wahr'].map((c) => readComparisonFlag(c))).toEqual(
      Array(5).fill({ comparison: true }),
    );
    expect(['nein', 'Nein', '0', 'falsch'].map((c) => readComparisonFlag(c))).toEqual(
      Array(4).fill({ comparison: false }),
    );
    expect(readComparisonFlag('  ')).toEqual({ comparison: undefined });
  });

  it('refuses anything else in German, saying what to write', () => {
    expect(readComparisonFlag('vielleicht')).toEqual({
      problem: '„vielleicht“ ist weder „ja“ noch „nein“',
      hint: expect.stringContaining('„ja“ für Vergleichsreihen'),
    });
  });
});

describe('comparisonChanges', () => {
  const city = {
    observations: [obs('2021', null), obs('2021', 'Rathaus'), obs('2021', 'Bayern')],
    comparisonSeries: ['Bayern'],
  };

  it('adds a new series marked comparison, once, and nothing for a known comparison series', () => {
    const r = comparisonChanges(city, [
      { series: 'Deutschland', comparison: true },
      { series: 'Deutschland', comparison: true },
      { series: 'Bayern', comparison: true },
    ]);
    expect(r).toEqual({ added: ['Deutschland'], conflicts: [] });
  });

  it('leaves series alone whose role the file does not state', () => {
    expect(comparisonChanges(city, [{ series: 'Bayern' }, { series: 'Rathaus' }, { series: 'Neu' }])).toEqual({
      added: [],
      conflicts: [],
    });
  });

  it('refuses the city’s own series marked comparison, pointing to the admin', () => {
    const r = comparisonChanges(city, [
      { series: 'Bayern', comparison: true },
      { series: 'Rathaus', comparison: true },
    ]);
    expect(r.added).toEqual([]);
    expect(r.conflicts).toEqual([
      {
        index: 1,
        message: '„Rathaus“ ist bisher eine eigene Reihe der Stadt, die Datei markiert sie als Vergleich',
        hint: expect.stringContaining('im CMS bei der Kennzahl im Feld „Vergleichsreihen“ eintragen'),
      },
    ]);
  });

  it('refuses a comparison series marked as the city’s own', () => {
    expect(comparisonChanges(city, [{ series: 'Bayern', comparison: false }]).conflicts).toEqual([
      {
        index: 0,
        message: '„Bayern“ ist bisher eine Vergleichsreihe, die Datei markiert sie als eigene Reihe der Stadt',
        hint: expect.stringContaining('entfernen und erneut importieren'),
      },
    ]);
  });

  it('refuses a series marked both ways in one file, and the headline series marked comparison', () => {
    const r = comparisonChanges(city, [
      { series: 'Bamberg', comparison: true },
      { series: 'Bamberg', comparison: false },
      { series: null, comparison: true },
    ]);
    expect(r.added).toEqual([]);
    expect(r.conflicts.map((c) => c.message)).toEqual([
      'Die Reihe „Bamberg“ ist in der Datei einmal als Vergleich und einmal als eigene Reihe markiert',
      'Die Hauptreihe (Werte ohne Reihenname) ist als Vergleich markiert; sie sind immer die eigenen Werte der Stadt',
    ]);
  });

  it('refuses leaving a KPI without a series of the city', () => {
    const r = comparisonChanges({ observations: [], comparisonSeries: [] }, [{ series: 'Bayern', comparison: true }]);
    expect(r.conflicts).toEqual([
      expect.objectContaining({
        message: 'Alle Reihen dieser Kennzahl wären Vergleichsreihen; es fehlen die eigenen Werte der Stadt',
      }),
    ]);
  });

  it('appends to the editors’ text without repeating a name', () => {
    expect(withComparisonSeries('Bayern\n', ['Deutschland', 'Bayern'])).toBe('Bayern\nDeutschland');
    expect(withComparisonSeries(null, ['Bayern'])).toBe('Bayern');
  });
});

describe('readAndCheck with comparison marks', () => {
  const kli = kpi('KLI-01', '°C');

  it('long format: a column "Vergleich" = ja marks Bayern; the plan adds it and does not call it a new series', async () => {
    const read = await readAndCheck(
      'vergleich-spalte-langformat.csv',
      fixture('valid/vergleich-spalte-langformat.csv'),
      catalogueOf(kli),
      {},
      {},
      NOW,
    );
    expect('problems' in read.checked && read.checked.problems).toEqual([]);
    expect(read.plans).toEqual([
      expect.objectContaining({ code: 'KLI-01', newComparisonSeries: ['Bayern'], newSeries: [] }),
    ]);
    if ('values' in read.checked)
      expect(read.checked.values.filter((v) => v.series === 'Bayern').map((v) => v.comparison)).toEqual([true, true]);
  });

  it('wide format: the series cell "Bayern (Vergleich)"', async () => {
    const read = await readAndCheck(
      'vergleich-breitformat.csv',
      fixture('valid/vergleich-breitformat.csv'),
      catalogueOf(kli),
      {},
      {},
      NOW,
    );
    expect(read.plans).toEqual([
      expect.objectContaining({
        newComparisonSeries: ['Bayern'],
        created: expect.arrayContaining([{ period: '2023', series: 'Bayern', value: 9.5 }]),
      }),
    ]);
  });

  it('one KPI, periods as columns: "Bayern (Vergleich)" and "Vergleich: Deutschland" rows beside the city', async () => {
    const einw = kpi('GLO-99', 'Personen', { observations: [] });
    const read = await readAndCheck(
      'vergleich-bayern-jahre-als-spalten.csv',
      fixture('valid/vergleich-bayern-jahre-als-spalten.csv'),
      catalogueOf(einw),
      { kpi: 'GLO-99' },
      {},
      NOW,
    );
    expect(read.plans).toEqual([
      expect.objectContaining({ newComparisonSeries: ['Bayern', 'Deutschland'], newSeries: ['Aschaffenburg'] }),
    ]);
  });

  it('a mapping’s "comparison" list marks series of a file that says nothing, after renaming', async () => {
    const file = bytes('Jahr;Stadt;Freistaat\n2022;10,1;9,2\n2023;10,4;9,5\n');
    const read = await readAndCheck(
      'klima.csv',
      file,
      catalogueOf(kli),
      {},
      { kpi: 'KLI-01', series: { Stadt: null, Freistaat: 'Bayern' }, comparison: ['Bayern'] },
      NOW,
    );
    expect(read.plans).toEqual([expect.objectContaining({ newComparisonSeries: ['Bayern'], newSeries: [] })]);
  });

  it('refuses the city’s own series marked comparison, naming row and column, and plans nothing', async () => {
    const own = kpi('KLI-01', '°C', { observations: [obs('2021', null), obs('2021', 'Bayern', 9)] });
    const read = await readAndCheck(
      'vergleich-breitformat.csv',
      fixture('valid/vergleich-breitformat.csv'),
      catalogueOf(own),
      {},
      {},
      NOW,
    );
    const problems = 'problems' in read.checked ? read.checked.problems : [];
    expect(problems.map((p) => `${where(p)}: ${p.message}`)).toEqual([
      'Zeile 3, Spalte D: KLI-01: „Bayern“ ist bisher eine eigene Reihe der Stadt, die Datei markiert sie als Vergleich',
    ]);
    expect(read.plans).toEqual([]);
  });

  it('refuses "nein" for a comparison series, at the cell of the "Vergleich" column', async () => {
    const cmp = kpi('KLI-01', '°C', {
      observations: [obs('2021', null), obs('2021', 'Bayern', 9)],
      comparisonSeries: ['Bayern'],
    });
    const file = bytes('Kennzahl;Jahr;Reihe;Wert;Vergleich\nKLI-01;2023;;10,4;\nKLI-01;2023;Bayern;9,5;nein\n');
    const read = await readAndCheck('lang.csv', file, catalogueOf(cmp), {}, {}, NOW);
    const problems = 'problems' in read.checked ? read.checked.problems : [];
    expect(problems.map((p) => `${where(p)}: ${p.message}`)).toEqual([
      'Zeile 3, Spalte E: KLI-01: „Bayern“ ist bisher eine Vergleichsreihe, die Datei markiert sie als eigene Reihe der Stadt',
    ]);
  });

  it('refuses a "Vergleich" cell that is neither ja nor nein, and a label contradicting its cell', async () => {
    const file = bytes(
      'Kennzahl;Jahr;Reihe;Wert;Vergleich\nKLI-01;2023;Bayern;9,5;vielleicht\nKLI-01;2023;Bamberg (Vergleich);9,5;nein\n',
    );
    const read = await readAndCheck('lang.csv', file, catalogueOf(kli), {}, {}, NOW);
    const problems = 'problems' in read.checked ? read.checked.problems : [];
    expect(problems.map((p) => `${where(p)}: ${p.message}`)).toEqual([
      'Zeile 2, Spalte E: „vielleicht“ ist weder „ja“ noch „nein“',
      'Zeile 3, Spalte E: die Reihe „Bamberg“ ist als Vergleich benannt, hier steht aber „nein“',
    ]);
  });
});
