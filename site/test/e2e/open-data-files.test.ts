// The files of /daten/ as people open them: the German-Excel CSV parses back
// to the same numbers as the standard CSV and the snapshot (semicolons,
// decimal comma, BOM); the ZIP holds exactly what its README lists, byte for
// byte the served files; the page shows each file's size and "Datenstand",
// and works at 320 px and on the desktop by keyboard.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Snapshot } from '@sdd/shared-types';
import { useBrowserPage } from '../support/browser.ts';
import { parseCsv } from '../support/read-csv.ts';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as Snapshot;
const file = (path: string) => readFileSync(join(dir, path));
const SHOTS = process.env.SDD_SCREENSHOTS ?? join(process.cwd(), 'test-results', 'site');

/** value column as numbers, keyed by code|period|series, from a CSV in either dialect. */
function values(text: string, separator: ',' | ';'): Map<string, number | null> {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''), separator);
  const col = (name: string) => header!.indexOf(name);
  const number = (cell: string) => (cell === '' ? null : Number(separator === ';' ? cell.replace(',', '.') : cell));
  return new Map(
    rows.map((r) => [`${r[col('kennzahl_code')]}|${r[col('zeitraum')]}|${r[col('reihe')]}`, number(r[col('wert')]!)]),
  );
}

describe('German-Excel CSV', () => {
  it('starts with a BOM, separates by semicolons and writes decimal commas', () => {
    const text = file('daten/kennzahlen-excel.csv').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFkennzahl_code;kennzahl_name;einheit;zeitraum;reihe;wert;vorlaeufig;anmerkung;quelle;lizenz',
    );
    expect(text).toMatch(/;-?\d+,\d+;/);
    expect(text).not.toMatch(/;-?\d+\.\d+;(true|false);/);
  });

  it('parses back to the same numbers as the standard CSV and the snapshot, for the whole collection and each KPI', () => {
    const excel = values(file('daten/kennzahlen-excel.csv').toString('utf8'), ';');
    const standard = values(file('daten/kennzahlen.csv').toString('utf8'), ',');
    expect(excel.size).toBe(snapshot.kpis.reduce((n, k) => n + k.observations.length, 0));
    expect([...excel]).toEqual([...standard]);
    for (const k of snapshot.kpis) {
      const own = values(file(`daten/excel/${k.code.toLowerCase()}.csv`).toString('utf8'), ';');
      for (const o of k.observations)
        expect(own.get(`${k.code}|${o.period}|${o.series ?? ''}`), `${k.code} ${o.period}`).toBe(o.value);
    }
  });
});

describe('ZIP of the whole collection', () => {
  const entries = () => unzipSync(new Uint8Array(file('daten/offene-daten.zip')));

  it('contains exactly the files its README lists, with the sizes it states', () => {
    const zip = entries();
    const readme = new TextDecoder().decode(zip['LIESMICH.txt']);
    const listed = [...readme.matchAll(/^- (\S+) \((\d+) Byte\)/gm)].map((m) => [m[1]!, Number(m[2])] as const);
    expect(listed.length).toBe(5);
    expect(Object.keys(zip).sort()).toEqual([...listed.map(([name]) => name), 'LIESMICH.txt'].sort());
    for (const [name, size] of listed) expect(zip[name]!.length, name).toBe(size);
    expect(readme).toContain(`Datenstand: ${snapshot.generatedAt.slice(0, 10)}`);
  });

  it('holds the served CSV files byte for byte, every KPI in its JSON and metadata, and the licence', () => {
    const zip = entries();
    expect(Buffer.from(zip['kennzahlen.csv']!).equals(file('daten/kennzahlen.csv'))).toBe(true);
    expect(Buffer.from(zip['kennzahlen-excel.csv']!).equals(file('daten/kennzahlen-excel.csv'))).toBe(true);
    const codes = snapshot.kpis.map((k) => k.code).sort();
    expect(
      (JSON.parse(new TextDecoder().decode(zip['kennzahlen.json'])) as { code: string }[]).map((k) => k.code),
    ).toEqual(codes);
    const meta = JSON.parse(new TextDecoder().decode(zip['metadaten.json'])) as {
      code: string;
      lizenzUri: string;
      datenstand: string | null;
    }[];
    expect(meta.map((k) => k.code)).toEqual(codes);
    expect(meta.every((k) => k.lizenzUri.startsWith('http://dcat-ap.de/def/licenses/'))).toBe(true);
    expect(new TextDecoder().decode(zip['LIZENZ.txt'])).toContain(snapshot.settings.dataLicence);
    for (const name of Object.keys(zip)) {
      const text = new TextDecoder().decode(zip[name]);
      expect(text, name).not.toMatch(/ENTWURF|VERTRAULICH|ENE-99|DIG-99|ukvs-2025-06-25/i);
      expect(text, `${name} names the CMS address`).not.toContain(snapshot.source); // internal, like in /daten/snapshot.json
    }
  });
});

describe('/daten/ in Chromium', () => {
  const page = useBrowserPage({ beforeAll, afterAll });

  for (const [label, width] of [
    ['320 px', 320],
    ['desktop', 1280],
  ] as const) {
    it(`shows every download with its real size and Datenstand at ${label}, reachable by keyboard`, async () => {
      const p = page();
      await p.setViewportSize({ width, height: 900 });
      await p.goto(`${siteUrl}/daten/`);
      const zipItem = p.locator('li', { has: p.locator('a[href="/daten/offene-daten.zip"]') });
      const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} KB`;
      await expect(zipItem.textContent()).resolves.toContain(kb(file('daten/offene-daten.zip').length));
      await expect(zipItem.textContent()).resolves.toContain('Datenstand');
      const excelItem = p.locator('li', { has: p.locator('a[href="/daten/kennzahlen-excel.csv"]') });
      await expect(excelItem.textContent()).resolves.toContain(kb(file('daten/kennzahlen-excel.csv').length));
      for (const href of [
        '/daten/katalog.rdf',
        '/daten/katalog.ttl',
        `/daten/excel/${snapshot.kpis[0]!.code.toLowerCase()}.csv`,
      ])
        expect(await p.locator(`a[href="${href}"]`).count(), href).toBe(1);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Tab through until the ZIP link has the focus: keyboard users reach every download.
      let focused = '';
      for (let i = 0; i < 40 && focused !== '/daten/offene-daten.zip'; i++) {
        await p.keyboard.press('Tab');
        focused = await p.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      }
      expect(focused).toBe('/daten/offene-daten.zip');
      // The ~600 per-KPI links sit in a collapsed <details>: one Tab stop until opened with Enter.
      let summary = false;
      for (let i = 0; i < 10 && !summary; i++) {
        await p.keyboard.press('Tab');
        summary = await p.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
      }
      expect(summary).toBe(true);
      await p.keyboard.press('Enter');
      await p.keyboard.press('Tab');
      const first = snapshot.kpis
        .map((k) => k.code)
        .sort((a, b) => a.localeCompare(b))[0]!
        .toLowerCase();
      expect(await p.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/kennzahlen/${first}/`);
      await p.keyboard.press('Tab');
      expect(await p.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/kennzahlen/${first}.csv`);
      mkdirSync(SHOTS, { recursive: true });
      await p.screenshot({ path: join(SHOTS, `daten-${width}.png`), fullPage: false });
    });
  }
});
