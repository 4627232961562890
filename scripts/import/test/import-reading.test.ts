// Reading and checking spreadsheets, without a CMS: every fixture format and
// encoding, every problem class with its row and column.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_VALUES, type ImportCatalogueKpi, type ImportProblem } from '@sdd/shared-types';
import { describe, expect, it } from 'vitest';
import { detectDecimalMark, isMissingMarker, parseNumber } from '@sdd/shared-types';
import {
  applyToSheet,
  checkFile,
  columnLetter,
  CsvSizeError,
  csvSheet,
  detectLayout,
  parseCsv,
  planImport,
  readPeriod,
} from '@sdd/shared-types/import';
import { readMapping } from '../mapping.ts';
import { readSheet } from '../sheet.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const NOW = new Date('2026-06-01T00:00:00Z');
const catalogue = new Map<string, ImportCatalogueKpi>(
  [
    ['MOB-01', 'Pkw-Dichte', 'Pkw je 1.000 EW'],
    ['WIR-01', 'Arbeitslosenquote', '%'],
    ['DIG-01', 'Haushalte mit Breitband', '%'],
    ['KLI-01', 'Jahresmitteltemperatur', '°C'],
    ['UMW-01', 'Feinstaub PM2,5', 'µg/m³'],
    ['WOH-01', 'SGB-II-Quote', '%'],
    ['ENE-08', 'Energieverbrauch der kommunalen Liegenschaften', 'MWh'],
    ['DIG-12', 'Seitenaufrufe', 'Aufrufe'],
    ['STR-M', 'Stromverbrauch', 'MWh', 'monthly'],
    ['QUA-Q', 'Quartalswert', '%', 'quarterly'],
    ['DIG-13', 'Sensoren im LoRaWAN-Netz', 'Sensoren'],
    ['GLO-99', 'Einwohner/innen', 'Personen'],
  ].map(([code, name, unit, periodicity]) => [
    code!,
    {
      code: code!,
      name: name!,
      unit: unit!,
      periodicity: (periodicity ?? 'yearly') as 'yearly',
      status: 'published' as const,
      observations: [{ period: '2024', value: 12, series: null, provisional: false, note: null }],
      comparisonSeries: [],
    },
  ]),
);

async function read(name: string, kpi?: string) {
  const sheet = await readSheet(fixture(name));
  const checked = checkFile(sheet, catalogue, { now: NOW, kpi });
  if ('fatal' in checked) throw new Error(checked.fatal.message);
  return { sheet, ...checked };
}
const at = (p: ImportProblem) => ('row' in p.at ? `${p.at.row}${p.at.column}` : '-');

describe('numbers', () => {
  it('reads decimal commas, thousands separators and both conventions', () => {
    expect(parseNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseNumber('1 234,5', ',')).toBe(1234.5);
    expect(parseNumber('−0,3', ',')).toBe(-0.3);
    expect(parseNumber('1,234.5', '.')).toBe(1234.5);
    expect(parseNumber('12.5', '.')).toBe(12.5);
    expect(parseNumber('1.234', ',')).toBe(1234);
    expect(parseNumber('12,5 %', ',')).toBeNull();
    expect(parseNumber('1.2.3', ',')).toBeNull();
  });

  it('detects the decimal mark from the values and knows the missing-value markers', () => {
    expect(detectDecimalMark(['5,1', '1.234', '7'])).toBe(',');
    expect(detectDecimalMark(['5.1', '1,234.5'])).toBe('.');
    expect(detectDecimalMark(['1.234'])).toBe(',');
    for (const m of ['', '-', '–', '.', 'k.A.', 'k. A.', 'x', 'n.v.']) expect(isMissingMarker(m)).toBe(true);
    expect(isMissingMarker('0')).toBe(false);
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 2, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('valid files', () => {
  it('long format, semicolon, decimal comma, Windows-1252', async () => {
    const r = await read('valid/long-semikolon-dezimalkomma-cp1252.csv');
    expect([r.sheet.encoding, r.sheet.delimiter, r.decimal, r.shape]).toEqual(['windows-1252', ';', ',', 'Langformat']);
    expect(r.problems).toEqual([]);
    expect(r.skipped).toBe(2);
    expect(r.values.map((v) => [v.code, v.period, v.series, v.value, v.note])).toEqual([
      ['MOB-01', '2025', null, 1234, 'Zählung März'],
      ['WIR-01', '2025', 'Frauen', 5.1, null],
      ['WIR-01', '2025', 'Männer', 5.4, 'Schätzung für Männer'],
      ['KLI-01', '2024', null, 12.3, 'korrigiert'],
    ]);
  });

  it('long format, comma, decimal point, UTF-8 with BOM, English headers', async () => {
    const r = await read('valid/long-bom-komma-dezimalpunkt.csv');
    expect([r.sheet.encoding, r.sheet.delimiter, r.decimal]).toEqual(['utf-8', ',', '.']);
    expect(r.problems).toEqual([]);
    expect(r.values.map((v) => [v.code, v.value, v.note])).toEqual([
      ['KLI-01', 11.2, 'estimate, preliminary'],
      ['UMW-01', 8.4, null],
    ]);
  });

  it('wide format CSV with a name column and missing markers', async () => {
    const r = await read('valid/breit-semikolon-utf8.csv');
    expect(r.shape).toBe('Breitformat');
    expect(r.problems).toEqual([]);
    expect(r.values.map((v) => [v.code, v.period, v.value])).toEqual([
      ['DIG-01', '2025', 97.5],
      ['UMW-01', '2025', 8.4],
    ]);
    expect(r.skipped).toBe(4);
  });

  it('wide format XLSX with series and numeric cells', async () => {
    const r = await read('valid/breit.xlsx');
    expect(r.shape).toBe('Breitformat');
    expect(r.problems).toEqual([]);
    expect(r.values.map((v) => [v.code, v.series, v.period, v.value, v.note])).toEqual([
      ['WOH-01', 'Frauen', '2025', 6.25, 'neu'],
      ['WOH-01', 'Männer', '2025', 5.75, null],
      ['MOB-01', null, '2025', 1236, null],
    ]);
  });

  it('plans new, changed and unchanged values per KPI', async () => {
    const r = await read('valid/long-semikolon-dezimalkomma-cp1252.csv');
    const plan = planImport(r.values, catalogue);
    expect(plan.find((p) => p.code === 'KLI-01')).toMatchObject({
      created: [],
      changed: [{ period: '2024', from: 12, to: 12.3 }],
      unchanged: 0,
    });
    expect(plan.find((p) => p.code === 'WIR-01')!.created).toHaveLength(2);
  });
});

describe('files with problems: every problem at once, with row and column', () => {
  it('CSV', async () => {
    const r = await read('with-problems/probleme.csv');
    const found = r.problems.map((p) => `${at(p)} ${p.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '3A unbekannter Kennzahl-Code „XYZ-99“',
        '5C „zwölf“ ist keine Zahl',
        '6B Jahr „1850“ liegt außerhalb von 1900 bis 2027',
        '7C MOB-01 2025 kommt doppelt vor (zuerst in Zeile 2)',
        '8E Einheit „Prozent“ passt nicht zu DIG-01 (Haushalte mit Breitband), die in „%“ geführt wird',
        '9A Kennzahl-Code fehlt',
      ]),
    );
    const suggestion = r.problems.find((p) => p.message.includes('„MOB-1“'))!;
    expect(at(suggestion)).toBe('4A');
    expect(suggestion.hint).toBe('Meinten Sie „MOB-01“?');
    expect(r.problems).toHaveLength(7);
  });

  it('XLSX', async () => {
    const r = await read('with-problems/probleme.xlsx');
    expect(r.problems.map((p) => `${at(p)} ${p.message}`)).toEqual(
      expect.arrayContaining(['3C „viel“ ist keine Zahl', '4A unbekannter Kennzahl-Code „NIX-00“']),
    );
  });

  it('a file without a code column', () => {
    const result = detectLayout(['Jahr', 'Wert']);
    expect('problem' in result && result.problem).toMatch(/keine Spalte für den Kennzahl-Code/);
  });
});

const triples = (values: { period: string; series: string | null; value: number }[]) =>
  values.map((v) => [v.period, v.series, v.value]);

describe('files for one KPI (--kpi), as the offices publish them', () => {
  it('years as rows, one column per series, units in the headers, padded cells, a source line', async () => {
    const r = await read('valid/liegenschaften-jahre-als-zeilen.csv', 'ENE-08');
    expect(r.problems).toEqual([]);
    expect(r.shape).toBe('eine Kennzahl (ENE-08), Zeiträume als Zeilen, Reihen als Spalten');
    expect(triples(r.values)).toEqual([
      ['2019', 'Brentanoschule', 1102],
      ['2019', 'Stadtbibliothek', 102.76],
      ['2019', 'Rathaus', 373.14],
      ['2020', 'Brentanoschule', 1087.5],
      ['2020', 'Stadtbibliothek', 98.2],
      ['2020', 'Rathaus', 361.9],
      ['2021', 'Brentanoschule', 1120.3],
      ['2021', 'Rathaus', 355],
    ]);
    const plan = planImport(r.values, catalogue);
    expect(plan[0]!.newSeries).toEqual(['Brentanoschule', 'Stadtbibliothek', 'Rathaus']);
  });

  it('German month names and other month forms, Windows-1252, thousands separators', async () => {
    const r = await read('valid/strom-monatlich-cp1252.csv', 'STR-M');
    expect(r.problems).toEqual([]);
    expect(r.sheet.encoding).toBe('windows-1252');
    expect(r.values.map((v) => v.period)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`),
      '2020-01',
      '2020-02',
      '2020-03',
    ]);
    expect(r.values[0]).toMatchObject({ value: 141972.6, series: 'Verbrauch', unit: 'MWh' });
  });

  it('other cities as rows and years as columns, mixed thousands separators, empty cells', async () => {
    const r = await read('valid/vergleich-staedte-jahre-als-spalten.csv', 'DIG-12');
    expect(r.problems).toEqual([]);
    expect(r.shape).toBe('eine Kennzahl (DIG-12), Zeiträume als Spalten, Reihen als Zeilen');
    expect(triples(r.values.filter((v) => v.series === 'Aschaffenburg'))).toEqual([
      ['2019', 'Aschaffenburg', 140405],
      ['2020', 'Aschaffenburg', 114899],
      ['2022', 'Aschaffenburg', 157133],
      ['2023', 'Aschaffenburg', 185589],
    ]);
    expect(r.values.find((v) => v.series === 'Würzburg' && v.period === '2019')!.value).toBe(210300);
    expect(r.skipped).toBe(4);
  });

  it('quarters in three forms from a UTF-16 file (Excel "Unicode-Text"), headline series', async () => {
    const r = await read('valid/quartale-utf16.csv', 'QUA-Q');
    expect(r.problems).toEqual([]);
    expect([r.sheet.encoding, r.sheet.delimiter]).toEqual(['utf-16le', '\t']);
    expect(triples(r.values)).toEqual([
      ['2024-Q1', null, 12.5],
      ['2024-Q2', null, 13.1],
      ['2024-Q3', null, 12.9],
    ]);
  });

  it('refuses quarters for a yearly KPI and years for a monthly one (the rule the CMS applies too)', async () => {
    const q = await read('valid/quartale-utf16.csv', 'KLI-01');
    expect(q.problems.map((p) => `${at(p)} ${p.message}`)[0]).toBe(
      '2A KLI-01 wird jährlich geführt; „2024-Q1“ ist ein Quartal',
    );
    const m = await read('valid/liegenschaften-jahre-als-zeilen.csv', 'STR-M');
    expect(m.problems[0]!.message).toBe('STR-M wird monatlich geführt; „2019“ ist ein Jahr');
  });

  it("refuses a unit in a header that is not the KPI's unit, naming the header cell", async () => {
    const r = await read('with-problems/einheit-passt-nicht.csv', 'ENE-08');
    expect(r.problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      '1B Einheit „kWh“ passt nicht zu ENE-08 (Energieverbrauch der kommunalen Liegenschaften), die in „MWh“ geführt wird',
    ]);
  });

  it('refuses year ranges with a clear message', async () => {
    const r = await read('with-problems/jahresbereich.csv', 'KLI-01');
    expect(r.problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      '2A „2019/20“ ist ein Zeitraum über mehrere Jahre',
      '3A „2020/21“ ist ein Zeitraum über mehrere Jahre',
    ]);
  });

  it('refuses an unknown --kpi code with suggestions', async () => {
    const sheet = await readSheet(fixture('valid/strom-monatlich-cp1252.csv'));
    const checked = checkFile(sheet, catalogue, { kpi: 'ENE-8' });
    expect('fatal' in checked && checked.fatal).toMatchObject({
      message: 'unbekannter Kennzahl-Code „ENE-8“ (--kpi)',
      hint: 'Meinten Sie „ENE-08“?',
    });
  });
});

describe('periods as offices write them', () => {
  it.each([
    ['2019', '2019'],
    [2019, '2019'],
    ['Jan 19', '2019-01'],
    ['Januar 2019', '2019-01'],
    ['Mär 20', '2020-03'],
    ['Mrz 2020', '2020-03'],
    ['Dez. 2021', '2021-12'],
    ['01.2019', '2019-01'],
    ['2019-01', '2019-01'],
    ['Q1 2024', '2024-Q1'],
    ['1. Quartal 2024', '2024-Q1'],
    ['2024-Q1', '2024-Q1'],
    ['Q4/24', '2024-Q4'],
  ])('%s → %s', (cell, period) => expect(readPeriod(cell, NOW)).toEqual({ period }));

  it('refuses year ranges, day dates and a year stored as a date', () => {
    expect(readPeriod('2019/20', NOW)).toMatchObject({ problem: '„2019/20“ ist ein Zeitraum über mehrere Jahre' });
    expect(readPeriod('2019-2020', NOW)).toMatchObject({ problem: '„2019-2020“ ist ein Zeitraum über mehrere Jahre' });
    expect(readPeriod('2019-03-15', NOW)).toMatchObject({ problem: '„15.03.2019“ ist ein Tagesdatum, kein Zeitraum' });
    // 2019 typed into a cell formatted as a date: Excel stores day 2019 after 30.12.1899.
    expect(readPeriod('1905-07-11', NOW)).toMatchObject({
      problem: 'die Zelle ist als Datum gespeichert (11.07.1905) – vermutlich die Jahreszahl 2019 im Datumsformat',
    });
    expect(readPeriod('Brentanoschule (MWh)', NOW)).toBeNull();
  });
});

describe('broken files get a German message naming where, and nothing is read', () => {
  it('an unclosed quote is refused at the row where it opens (it would swallow the next row)', async () => {
    // The quote opened in row 2 ends inside row 3's formula: row 3 would have become part of the note.
    await expect(readSheet(fixture('with-problems/offenes-anfuehrungszeichen.csv'))).rejects.toThrow(
      /^offenes-anfuehrungszeichen\.csv, Zeile 2: nach dem schließenden Anführungszeichen eines Feldes, das in Zeile 2 beginnt, folgt „h“/,
    );
    const neverClosed = new TextEncoder().encode(
      'Kennzahl;Jahr;Wert;Anmerkung\nMOB-01;2025;1234;"Zählung März\nKLI-01;2024;12,3;\n',
    );
    expect(() => csvSheet('offen.csv', neverClosed)).toThrow(
      /^offen\.csv, Zeile 2: das Anführungszeichen, das in Zeile 2 ein Feld öffnet, wird nie geschlossen/,
    );
  });

  it('stops reading a CSV beyond the rows any import can take (a 50 MB file must not need gigabytes)', () => {
    expect(() => parseCsv('a;b\n1;2\n3;4\n5;6\n', ';', 3)).toThrow(CsvSizeError);
    expect(parseCsv('a;b\n1;2\n3;4\n', ';', 3)).toHaveLength(3);
  });

  it('a header-only file is a problem, not "nothing to do"', async () => {
    const r = await read('with-problems/nur-kopfzeile.csv');
    expect(r.problems.map((p) => p.message)).toEqual(['die Datei enthält nur die Kopfzeile, keine Werte']);
  });

  it('formula cells without a cached result and a year header stored as a date (XLSX)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sdd-xlsx-')), 'formeln.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Werte');
    sheet.addRow(['Kennzahl', 2024, 2025]);
    sheet.addRow(['KLI-01', 12, { formula: 'B2*2' }]);
    sheet.getCell('C1').value = new Date(Date.UTC(1905, 6, 11));
    await workbook.xlsx.writeFile(file);
    const checked = checkFile(await readSheet(file), catalogue, { now: NOW });
    expect('fatal' in checked && checked.fatal.message).toBe(
      'Zeile 1: Spalte C: die Zelle ist als Datum gespeichert (11.07.1905) – vermutlich die Jahreszahl 2019 im Datumsformat',
    );
    sheet.getCell('C1').value = 2025;
    await workbook.xlsx.writeFile(file);
    const again = checkFile(await readSheet(file), catalogue, { now: NOW });
    expect(!('fatal' in again) && again.problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      '2C Formel „=B2*2“ ohne gespeichertes Ergebnis',
    ]);
  });

  it('more values than one import may carry: "zu viele Werte", extraction stops early', () => {
    const rows = [{ row: 1, cells: ['Kennzahl', 'Jahr', 'Wert'] as (string | number)[] }];
    for (let i = 0; i < 50; i++) rows.push({ row: i + 2, cells: ['KLI-01', 1950 + i, i] });
    const checked = checkFile({ file: 'gross.csv', kind: 'csv', rows }, catalogue, { now: NOW, maxValues: 20 });
    expect(!('fatal' in checked) && checked.problems.map((p) => p.message)).toEqual([
      'zu viele Werte: mehr als 20 in einer Datei',
    ]);
    expect(!('fatal' in checked) && checked.values.length).toBe(20);
    expect(MAX_IMPORT_VALUES).toBe(100_000);
  });
});

describe('formats of the ecosystem (--kpi, detected from the header)', () => {
  it('an Open SDG data CSV with a disaggregation and blank lines: blank category is the headline', async () => {
    const r = await read('valid/opensdg-indicator_11-6-1.csv', 'DIG-13');
    expect(r.problems).toEqual([]);
    expect(r.shape).toBe('Open-SDG-CSV für DIG-13');
    expect([r.sheet.delimiter, r.decimal]).toEqual([',', '.']);
    expect(triples(r.values)).toEqual([
      ['2017', null, 34],
      ['2017', 'low', 6],
      ['2017', 'high', 22],
      ['2022', null, 37],
      ['2022', 'low', 6.5],
      ['2022', 'high', 26],
    ]);
  });

  it('a GENESIS flat CSV with quality flags "-", "." and "x": a reference day 31.12. is the year; the one region is no series', async () => {
    const r = await read('valid/genesis-12411-0015_flat.csv', 'GLO-99');
    expect(r.problems).toEqual([]);
    expect(r.shape).toBe('GENESIS-Flatfile (ffcsv) für GLO-99');
    expect(triples(r.values)).toEqual([
      ['2022', 'männlich', 35412],
      ['2021', 'weiblich', 36210],
      ['2021', 'männlich', 35120],
      ['2021', null, 71330],
    ]);
    expect(r.skipped).toBe(3);
  });

  it('without --kpi: recognised, and the steward is told to name the KPI', async () => {
    const sheet = await readSheet(fixture('valid/genesis-12411-0015_flat.csv'));
    const checked = checkFile(sheet, catalogue, { now: NOW });
    expect('fatal' in checked && checked.fatal.message).toBe(
      'Zeile 1: GENESIS-Flatfile (ffcsv) erkannt – sie nennt keinen Kennzahl-Code dieses Dashboards',
    );
  });
});

describe('reusable mappings (--mapping)', () => {
  it('title rows above the header, a sum row and series spelled differently: told once, in a mapping', async () => {
    const mapping = readMapping(fixture('valid/liegenschaften.mapping.json'));
    const sheet = applyToSheet(await readSheet(fixture('valid/liegenschaften-mit-titel.csv')), mapping);
    const checked = checkFile(sheet, catalogue, { now: NOW, kpi: mapping.kpi, series: mapping.series });
    if ('fatal' in checked) throw new Error(checked.fatal.message);
    expect(checked.problems).toEqual([]);
    expect(triples(checked.values)).toEqual([
      ['2022', 'Brentanoschule', 1140],
      ['2022', 'Rathaus', 350.1],
      ['2023', 'Brentanoschule', 1099.5],
      ['2023', 'Rathaus', 341],
    ]);
    expect(checked.values[0]!.at).toMatchObject({ row: 4, column: 'B', header: 'Brentano-Schule (MWh)' });
  });

  it('refuses an unknown field, naming the file and the field', () => {
    expect(() => readMapping(fixture('with-problems/zuordnung-falsch.json'))).toThrow(
      'Die Zuordnung zuordnung-falsch.json ist ungültig:\n  ✗ zuordnung-falsch.json: unbekanntes Feld „headerRows“',
    );
  });
});
