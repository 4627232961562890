// axe-core (WCAG 2.1 A/AA rules) on every page type, in real Chromium.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from '../support/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const base = inject('siteUrl');
const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8'));

const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'action fields': '/handlungsfelder/',
  'action field': `/handlungsfelder/${snapshot.actionFields[0].slug}/`,
  'SDG overview': '/sdg/',
  'SDG (yellow, contrast)': '/sdg/7/',
  tiles: '/kacheln/',
  tile: `/kacheln/${snapshot.tiles[0].slug}/`,
  KPI: `/kennzahlen/${snapshot.kpis.find((k: { target: unknown }) => k.target).code.toLowerCase()}/`,
  bodies: '/gremien/',
  body: `/gremien/${snapshot.bodies[0].slug}/`,
  session: '/sitzungen/dos-2025-02-26/',
  search: '/suche/?q=Energie',
  'open data': '/daten/',
  'legal page': `/${snapshot.pages[0].slug}/`,
  '404': '/gibt-es-nicht/',
};

const currentPage = useBrowserPage({ beforeAll, afterAll });

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    it(`${name} (${path}) has no violations`, async () => {
      const page = currentPage();
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      expect(violations).toEqual([]);
    });
  }
});
