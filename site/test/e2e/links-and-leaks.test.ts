// Over the built output on disk: no broken internal link anywhere, and no
// draft or non-public content in any page or download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { snapshotSchema } from '@sdd/shared-types';
import { sitePages } from '../../src/data/site-pages.ts';
import { allFiles, brokenInternalLinks, htmlPages, pathOf, readText } from '../../../scripts/publisher/built-site.ts';

const dir = inject('siteDir');

describe('built site', () => {
  it('has exactly the pages its manifest names (what the publisher checks a build against)', () => {
    const snapshot = snapshotSchema.parse(JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')));
    const pages = htmlPages(dir)
      .map((f) => pathOf(dir, f))
      .sort();
    expect(pages).toEqual(sitePages(snapshot, { preview: false }));
    // The manifest is not circular: it names a page per KPI, tile and session by the snapshot.
    expect(pages).toContain(`/kennzahlen/${snapshot.kpis[0]!.code.toLowerCase()}/`);
    expect(pages).toContain(`/einbetten/kacheln/${snapshot.tiles[0]!.slug}/`);
    expect(pages).toContain(`/sitzungen/${snapshot.meetings[0]!.slug}/`);
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
