// `npm run import -- template --year 2025`: an XLSX for the stewards with
// every KPI (one row per series), its code, name and unit, the last three
// years' values and an empty column for the new year. Read back as wide format.
import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '@sdd/shared-types';
import type { CatalogueKpi } from './cms.ts';

export async function writeTemplate(kpis: readonly CatalogueKpi[], year: number, file: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Smart Data Dashboard';
  const sheet = workbook.addWorksheet('Werte', { views: [{ state: 'frozen', xSplit: 4, ySplit: 1 }] });
  const past = [year - 3, year - 2, year - 1];
  sheet.columns = [
    { header: 'Kennzahl', key: 'code', width: 12 },
    { header: 'Name', key: 'name', width: 48 },
    { header: 'Einheit', key: 'unit', width: 14 },
    { header: 'Reihe', key: 'series', width: 12 },
    ...past.map((y) => ({ header: String(y), key: String(y), width: 11 })),
    { header: String(year), key: String(year), width: 11 },
    { header: 'Anmerkung', key: 'note', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  let rows = 0;
  for (const kpi of [...kpis].sort((a, b) => a.code.localeCompare(b.code))) {
    const series = [...new Set(kpi.observations.map((o) => o.series))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
    for (const s of series.length ? series : [null]) {
      const values = Object.fromEntries(
        past.map((y) => [
          String(y),
          kpi.observations.find((o) => o.period === String(y) && o.series === s)?.value ?? null,
        ]),
      );
      // The name is free text (the import ignores it): neutralised like every CSV cell. Code, unit and series
      // are read back and compared, so they stay as they are; exceljs writes them as text cells, never as formulas.
      sheet.addRow({ code: kpi.code, name: spreadsheetSafe(kpi.name), unit: kpi.unit, series: s ?? '', ...values });
      rows++;
    }
  }
  const help = workbook.addWorksheet('Hinweise');
  help.getColumn(1).width = 110;
  [
    'So füllen Sie die Vorlage aus',
    `1. Tragen Sie die Werte für ${year} in die Spalte „${year}“ ein. Ältere Jahre dürfen Sie korrigieren; unveränderte Werte bleiben unverändert.`,
    '2. Zahlen mit Dezimalkomma (12,5). Fehlende Werte: Zelle leer lassen oder „-“ bzw. „k.A.“ eintragen.',
    '3. Spalten „Kennzahl“, „Einheit“ und „Reihe“ nicht ändern; Zeilen für nicht gelieferte Kennzahlen dürfen leer bleiben.',
    '4. Prüfen: npm run import -- <Datei>   Übernehmen: npm run import -- <Datei> --apply',
  ].forEach((line, i) => {
    help.getCell(i + 1, 1).value = line;
    if (i === 0) help.getCell(1, 1).font = { bold: true, size: 14 };
  });
  await workbook.xlsx.writeFile(file);
  return rows;
}
