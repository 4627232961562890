// The shared reader as the admin page meets it: files arrive as bytes with
// a name the browser reported; junk and misnamed workbooks are refused in
// German; a mapping supplies defaults that the page's choices override.
import { describe, expect, it } from 'vitest';
import type { ImportCatalogueKpi } from '../src/index.ts';
import { readAndCheck, sheetErrorProblem, SheetError, sheetFromBytes, withMapping } from '../src/import/index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const kpi = (code: string, unit: string): ImportCatalogueKpi => ({
  code,
  name: `Kennzahl ${code}`,
  unit,
  periodicity: 'yearly',
  status: 'published',
  observations: [{ period: '2019', series: 'Rathaus', value: 1, provisional: false, note: null }],
  comparisonSeries: [],
});
const catalogue = new Map([['ENE-08', kpi('ENE-08', 'MWh')]]);

async function refusal(file: string, content: Uint8Array): Promise<string> {
  try {
    await sheetFromBytes(file, content);
  } catch (error) {
    if (error instanceof SheetError) return error.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('sheetFromBytes', () => {
  it('refuses binary junk named .csv, naming the file and what to do', async () => {
    const junk = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256);
    const message = await refusal('daten.csv', junk);
    expect(message).toMatch(/^daten\.csv: die Datei ist keine Textdatei \(CSV\)/);
    expect(message).toContain('→ Die Tabelle in Excel als „CSV UTF-8“');
  });

  it('refuses a workbook named .csv instead of reading zip bytes as cells', async () => {
    expect(await refusal('werte.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(
      /^werte\.csv: die Datei ist eine Excel-Arbeitsmappe \(XLSX\), heißt aber „\.csv“/,
    );
  });

  it('reads a tab in a CSV as text, not as junk', async () => {
    const sheet = await sheetFromBytes('tab.csv', bytes('Kennzahl\tJahr\tWert\nENE-08\t2020\t1\n'));
    expect(sheet.delimiter).toBe('\t');
    expect(sheet.rows).toHaveLength(2);
  });

  it('names an unsupported extension', async () => {
    expect(await refusal('werte.ods', bytes('x'))).toMatch(/^werte\.ods: Dateityp „\.ods“ wird nicht unterstützt/);
  });
});

describe('sheetErrorProblem', () => {
  it('splits message and hint and drops the file name the problem names anyway', () => {
    const problem = sheetErrorProblem(
      'a.csv',
      new SheetError(
        'a.csv, Zeile 3: das Anführungszeichen … wird nie geschlossen.\n  → Das fehlende Anführungszeichen ergänzen.',
      ),
    );
    expect(problem).toEqual({
      at: { file: 'a.csv' },
      message: 'Zeile 3: das Anführungszeichen … wird nie geschlossen.',
      hint: 'Das fehlende Anführungszeichen ergänzen.',
    });
  });
});

describe('readAndCheck', () => {
  const file = 'Zeit;Rathaus (MWh)\n2019;1,5\n2020;2\n';

  it('takes the KPI from the mapping, and the page choice over it', async () => {
    expect(withMapping({ decimal: '.' }, { kpi: 'ENE-08', decimal: ',' })).toMatchObject({
      kpi: 'ENE-08',
      decimal: '.',
    });
    const read = await readAndCheck('rathaus.csv', bytes(file), catalogue, {}, { kpi: 'ENE-08' });
    expect(read.checked).not.toHaveProperty('fatal');
    expect(read.plans).toEqual([
      expect.objectContaining({
        code: 'ENE-08',
        status: 'published',
        changed: [{ period: '2019', series: 'Rathaus', from: 1, to: 1.5 }],
        created: [{ period: '2020', series: 'Rathaus', value: 2 }],
      }),
    ]);
  });

  it('without a KPI, a file without a code column is refused in one message, with no plan', async () => {
    const read = await readAndCheck('rathaus.csv', bytes(file), catalogue, {});
    expect(read.checked).toHaveProperty(
      'fatal.message',
      'Zeile 1: keine Spalte für den Kennzahl-Code gefunden (erwartet: „Kennzahl“, „Code“ oder „KPI“)',
    );
    expect(read.plans).toEqual([]);
  });

  it('plans nothing while there is a problem', async () => {
    const read = await readAndCheck('rathaus.csv', bytes('Zeit;Rathaus (kWh)\n2019;1,5\n'), catalogue, {
      kpi: 'ENE-08',
    });
    expect('problems' in read.checked && read.checked.problems[0]!.message).toMatch(
      /^Einheit „kWh“ passt nicht zu ENE-08/,
    );
    expect(read.plans).toEqual([]);
  });
});
