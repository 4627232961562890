// Over the built output on disk: no broken internal link anywhere, and no
// draft or non-public content in any page or download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allFiles, brokenInternalLinks, htmlPages, pathOf, readText } from '../../../scripts/publisher/built-site.ts';

const dir = inject('siteDir');

describe('built site', () => {
  it('has a page per content entry and a sane page count', () => {
    const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8'));
    const pages = htmlPages(dir).map((f) => pathOf(dir, f));
    for (const k of snapshot.kpis) expect(pages).toContain(`/kennzahlen/${k.code.toLowerCase()}/`);
    for (const t of snapshot.tiles) expect(pages).toContain(`/kacheln/${t.slug}/`);
    for (const m of snapshot.meetings) expect(pages).toContain(`/sitzungen/${m.slug}/`);
    // Each KPI and tile also has its embed page (/einbetten/…).
    const expected =
      2 * (snapshot.kpis.length + snapshot.tiles.length) +
      snapshot.meetings.length +
      snapshot.bodies.length +
      snapshot.actionFields.length +
      17 +
      snapshot.pages.length;
    expect(pages.length).toBeGreaterThanOrEqual(expected);
    expect(pages.length).toBeLessThan(expected + 20);
  });

  it('has no broken internal links', () => {
    expect(brokenInternalLinks(dir)).toEqual([]);
  });

  it('contains no draft and no non-public agenda item in any file', () => {
    const offenders = allFiles(dir)
      .filter((f) => /\.(html|json|csv|xml|txt|svg)$/.test(f))
      .filter((f) => /ENTWURF|VERTRAULICH|ENE-99|DIG-99|ukvs-2025-06-25|entwurf-/i.test(readText(f)))
      .map((f) => pathOf(dir, f));
    expect(offenders).toEqual([]);
  });

  it('links the pages of every kind but "other" from every footer, Gebärdensprache (DGS) included', () => {
    const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as {
      pages: { slug: string; kind: string }[];
    };
    const footerPages = snapshot.pages.filter((p) => p.kind !== 'other');
    expect(footerPages.map((p) => p.kind)).toContain('sign-language');
    for (const path of ['index.html', 'sdg/index.html', 'daten/index.html']) {
      const footer = readText(join(dir, path)).split('<footer')[1] ?? '';
      for (const p of footerPages) expect(footer, `${path} → /${p.slug}/`).toContain(`href="/${p.slug}/"`);
    }
  });

  it('ships no JavaScript on pages without charts or search', () => {
    for (const path of ['gremien/index.html', 'sdg/index.html', 'impressum/index.html', 'daten/index.html']) {
      expect(readText(join(dir, path))).not.toMatch(/<script[^>]*type="module"/);
    }
  });

  it('offers open data: all observations as CSV with one row per code, period and series', () => {
    const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8'));
    const csv = readText(join(dir, 'daten', 'kennzahlen.csv'));
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('kennzahl_code,kennzahl_name,einheit,zeitraum,reihe,wert,vorlaeufig,anmerkung,quelle,lizenz');
    const total = snapshot.kpis.reduce((n: number, k: { observations: unknown[] }) => n + k.observations.length, 0);
    expect(lines).toHaveLength(total + 1);
    const json = JSON.parse(readText(join(dir, 'daten', 'snapshot.json')));
    expect(json.kpis).toHaveLength(snapshot.kpis.length);
    expect(json.source).toBeUndefined();
  });
});
