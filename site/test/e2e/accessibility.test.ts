// axe-core (WCAG 2.1 A/AA rules) on every page family, in real Chromium, at a
// desktop and a phone width (the layouts differ: header menu, facts list).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from '../support/browser.ts';
import { pageFamilies } from '../support/page-families.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const base = inject('siteUrl');
const PAGE_TYPES = pageFamilies(inject('snapshotFile'));

const currentPage = useBrowserPage({ beforeAll, afterAll });

for (const width of [1280, 390]) {
  describe(`accessibility (axe-core, WCAG 2.1 AA) at ${width} px`, () => {
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      it(`${name} (${path}) has no violations`, async () => {
        const page = currentPage();
        await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
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
}
