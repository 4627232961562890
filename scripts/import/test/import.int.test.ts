// The import command against the real CMS (cms test project, SQLite or
// PostgreSQL): dry run, problems, all-or-nothing apply with rollback,
// idempotence, one site build, the next snapshot, the template.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCmsClient } from '../../snapshot/cms-client.ts';
import { takeSnapshot } from '../../snapshot/take-snapshot.ts';
import type { Publisher } from '../../publisher/publisher.ts';
import { publisherStatus, settled as waitSettled } from '../../publisher/test/settle.ts';
import { readSheet } from '../sheet.ts';
import { runImport as spawnImport, valueOf, startTestPublisher } from './run-import.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const work = mkdtempSync(join(tmpdir(), 'sdd-import-'));
let publisher: Publisher;

const runImport = (...args: string[]) => spawnImport(work, ...args);

const builds = async () => (await publisherStatus(publisher)).history.length;
const settled = () => waitSettled(publisher);

beforeAll(async () => {
  publisher = await startTestPublisher(work);
});
afterAll(async () => {
  await publisher?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('import command', () => {
  it('dry run shows new and changed values and writes nothing', async () => {
    const before = await valueOf('KLI-01', '2024');
    const run = await runImport(fixture('valid/long-semikolon-dezimalkomma-cp1252.csv'));
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Langformat, windows-1252, Trennzeichen „;“, Dezimalzeichen „,“');
    expect(run.out).toMatch(/MOB-01 Pkw-Dichte: 1 neu, 0 geändert/);
    expect(run.out).toContain('+ 2025: 1.234');
    expect(run.out).toContain(`~ 2024: ${new Intl.NumberFormat('de-DE').format(before!)} → 12,3`);
    expect(run.out).toContain('Probelauf: nichts gespeichert');
    expect(await valueOf('MOB-01', '2025')).toBeUndefined();
    expect(await valueOf('KLI-01', '2024')).toBe(before);
  });

  it('reports every problem with file, row and column, exits non-zero and writes nothing', async () => {
    const run = await runImport(fixture('with-problems/probleme.csv'));
    expect(run.code).toBe(1);
    for (const line of [
      'probleme.csv, Zeile 3, Spalte A („Kennzahl“): unbekannter Kennzahl-Code „XYZ-99“',
      'probleme.csv, Zeile 4, Spalte A („Kennzahl“): unbekannter Kennzahl-Code „MOB-1“',
      'probleme.csv, Zeile 5, Spalte C („Wert“): „zwölf“ ist keine Zahl',
      'probleme.csv, Zeile 6, Spalte B („Jahr“): Jahr „1850“ liegt außerhalb',
      'probleme.csv, Zeile 7, Spalte C („Wert“): MOB-01 2025 kommt doppelt vor (zuerst in Zeile 2)',
      'probleme.csv, Zeile 8, Spalte E („Einheit“): Einheit „Prozent“ passt nicht zu DIG-01',
      'probleme.csv, Zeile 9, Spalte A („Kennzahl“): Kennzahl-Code fehlt',
    ])
      expect(run.err).toContain(line);
    expect(run.err).toContain('7 Probleme gefunden – es wurde nichts gespeichert');
    expect(run.err).toMatch(/→ Meinten Sie „MOB-01“( oder „[A-Z0-9-]+“)*\?/);
    expect(await valueOf('MOB-01', '2025')).toBeUndefined();
  });

  it('applies all values, publishes them, triggers exactly one site build, and a second run changes nothing', async () => {
    await settled();
    const before = await builds();
    const run = await runImport(fixture('valid/long-semikolon-dezimalkomma-cp1252.csv'), '--apply');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(
      'Gespeichert: 3 neue und 1 geänderte Werte in 3 Kennzahlen.\nVeröffentlicht in 3 Kennzahlen; die Website wird einmal neu gebaut.',
    );
    expect(await valueOf('MOB-01', '2025')).toBe(1234);
    expect(await valueOf('WIR-01', '2025', 'Frauen')).toBe(5.1);
    expect(await valueOf('KLI-01', '2024')).toBe(12.3);
    await settled();
    expect(await builds()).toBe(before + 1);
    const again = await runImport(fixture('valid/long-semikolon-dezimalkomma-cp1252.csv'), '--apply');
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('Nichts zu tun');
    await settled();
    expect(await builds()).toBe(before + 1);
  }, 180_000);

  it('applies a wide XLSX with series', async () => {
    const run = await runImport(fixture('valid/breit.xlsx'), '--apply');
    expect(run.code, run.err).toBe(0);
    expect(await valueOf('WOH-01', '2025', 'Frauen')).toBe(6.25);
    expect(await valueOf('WOH-01', '2025', 'Männer')).toBe(5.75);
  });

  it('rolls back everything when a write fails midway', async () => {
    const before = await valueOf('UMW-01', '2023');
    const res = await fetch(`${inject('cmsUrl')}/api/import/observations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('importToken')}` },
      // UMW-01 is written first; KLI-01's year is refused by the CMS's validation afterwards.
      body: JSON.stringify({
        values: [
          { code: 'UMW-01', period: '2023', series: null, value: 99.9, note: null },
          { code: 'KLI-01', period: '2090', series: null, value: 1, note: null },
        ],
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/2090/);
    expect(await valueOf('UMW-01', '2023')).toBe(before);
  });

  it('refuses writes and the draft catalogue without the import permission', async () => {
    const body = JSON.stringify({ values: [{ code: 'UMW-01', period: '2023', series: null, value: 1, note: null }] });
    const anonymous = await fetch(`${inject('cmsUrl')}/api/import/observations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const buildToken = await fetch(`${inject('cmsUrl')}/api/import/observations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('buildToken')}` },
      body,
    });
    expect(anonymous.status).toBe(403);
    expect(buildToken.status).toBe(403);
    // The catalogue lists drafts: never for the public or the site build.
    for (const token of [undefined, inject('buildToken')]) {
      const res = await fetch(`${inject('cmsUrl')}/api/import/catalogue`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain('ENE-99');
    }
  });

  it('puts applied values into the next snapshot', async () => {
    const snapshot = await takeSnapshot(createCmsClient(inject('cmsUrl'), inject('buildToken')), inject('cmsUrl'));
    const mob = snapshot.kpis.find((k) => k.code === 'MOB-01')!;
    expect(mob.observations.find((o) => o.period === '2025')).toMatchObject({
      value: 1236,
      note: 'Zählung März',
      provisional: false,
    }); // 1234 from the CSV, then 1236 from the XLSX
  });

  it('writes a template that reads back as a wide file', async () => {
    const file = join(work, 'vorlage.xlsx');
    const run = await runImport('template', '--year', '2026', '--out', file, '--mappings', join(work, 'zuordnungen'));
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'zuordnungen', 'WOH-01.json'), 'utf8'))).toMatchObject({
      kpi: 'WOH-01',
      series: { Frauen: 'Frauen', Männer: 'Männer' },
    });
    const sheet = await readSheet(file);
    expect(sheet.rows[0]!.cells).toEqual([
      'Kennzahl',
      'Name',
      'Einheit',
      'Reihe',
      '2023',
      '2024',
      '2025',
      '2026',
      'Anmerkung',
    ]);
    const mob = sheet.rows.find((r) => r.cells[0] === 'MOB-01')!;
    expect(mob.cells[6]).toBe(1236);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet('Werte')!.getCell(`H${mob.row}`).value = 1240;
    await workbook.xlsx.writeFile(file);
    const dry = await runImport(file);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('Breitformat');
    expect(dry.out).toMatch(/MOB-01 Pkw-Dichte: 1 neu, 0 geändert/);
  });
});
