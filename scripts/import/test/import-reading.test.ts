// Reading and checking spreadsheets, without a CMS: every fixture format and
// encoding, every problem class with its row and column.
import { join } from 'node:path';
import type { ImportProblem, Kpi } from '@sdd/shared-types';
import { describe, expect, it } from 'vitest';
import { checkAgainstCatalogue } from '../check-catalogue.ts';
import { extractValues } from '../extract.ts';
import { detectLayout } from '../layout.ts';
import { detectDecimalMark, isMissingMarker, parseNumber } from '@sdd/shared-types';
import { planImport } from '../plan.ts';
import { columnLetter, readSheet } from '../sheet.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const NOW = new Date('2026-06-01T00:00:00Z');
const catalogue = new Map<string, Pick<Kpi, 'code' | 'name' | 'unit' | 'observations'>>(
  [
    ['MOB-01', 'Pkw-Dichte', 'Pkw je 1.000 EW'],
    ['WIR-01', 'Arbeitslosenquote', '%'],
    ['DIG-01', 'Haushalte mit Breitband', '%'],
    ['KLI-01', 'Jahresmitteltemperatur', '°C'],
    ['UMW-01', 'Feinstaub PM2,5', 'µg/m³'],
    ['WOH-01', 'SGB-II-Quote', '%'],
  ].map(([code, name, unit]) => [code!, { code: code!, name: name!, unit: unit!, observations: [{ period: '2024', value: 12, series: null, provisional: false, note: null }] }]),
);

async function read(name: string) {
  const sheet = await readSheet(fixture(name));
  const detected = detectLayout(sheet.rows[0]!.cells);
  if ('problem' in detected) throw new Error(detected.problem);
  const extracted = extractValues(sheet, detected.layout, { now: NOW });
  return { sheet, layout: detected.layout, ...extracted, problems: [...extracted.problems, ...checkAgainstCatalogue(extracted.values, catalogue)] };
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
    expect([r.sheet.encoding, r.sheet.delimiter, r.decimal, r.layout.format]).toEqual(['windows-1252', ';', ',', 'long']);
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
    expect(r.values.map((v) => [v.code, v.value, v.note])).toEqual([['KLI-01', 11.2, 'estimate, preliminary'], ['UMW-01', 8.4, null]]);
  });

  it('wide format CSV with a name column and missing markers', async () => {
    const r = await read('valid/breit-semikolon-utf8.csv');
    expect(r.layout.format).toBe('wide');
    expect(r.problems).toEqual([]);
    expect(r.values.map((v) => [v.code, v.period, v.value])).toEqual([['DIG-01', '2025', 97.5], ['UMW-01', '2025', 8.4]]);
    expect(r.skipped).toBe(4);
  });

  it('wide format XLSX with series and numeric cells', async () => {
    const r = await read('valid/breit.xlsx');
    expect(r.layout.format).toBe('wide');
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
    expect(plan.find((p) => p.code === 'KLI-01')).toMatchObject({ created: [], changed: [{ period: '2024', from: 12, to: 12.3 }], unchanged: 0 });
    expect(plan.find((p) => p.code === 'WIR-01')!.created).toHaveLength(2);
  });
});

describe('files with problems: every problem at once, with row and column', () => {
  it('CSV', async () => {
    const r = await read('with-problems/probleme.csv');
    const found = r.problems.map((p) => `${at(p)} ${p.message}`);
    expect(found).toEqual(expect.arrayContaining([
      '3A unbekannter Kennzahl-Code „XYZ-99“',
      '5C „zwölf“ ist keine Zahl',
      '6B Jahr „1850“ liegt außerhalb von 1900 bis 2027',
      '7C MOB-01 2025 kommt doppelt vor (zuerst in Zeile 2)',
      '8E Einheit „Prozent“ passt nicht zu DIG-01 (Haushalte mit Breitband), die in „%“ geführt wird',
      '9A Kennzahl-Code fehlt',
    ]));
    const suggestion = r.problems.find((p) => p.message.includes('„MOB-1“'))!;
    expect(at(suggestion)).toBe('4A');
    expect(suggestion.hint).toBe('Meinten Sie „MOB-01“?');
    expect(r.problems).toHaveLength(7);
  });

  it('XLSX', async () => {
    const r = await read('with-problems/probleme.xlsx');
    expect(r.problems.map((p) => `${at(p)} ${p.message}`)).toEqual(expect.arrayContaining(['3C „viel“ ist keine Zahl', '4A unbekannter Kennzahl-Code „NIX-00“']));
  });

  it('a file without a code column', () => {
    const result = detectLayout(['Jahr', 'Wert']);
    expect('problem' in result && result.problem).toMatch(/keine Spalte für den Kennzahl-Code/);
  });
});
