// axe-core (WCAG 2.1 A/AA rules) on every page family, in real Chromium, at a
// desktop and a phone width (the layouts differ: header menu, facts list).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPage } from '../support/browser.ts';
import { pageFamilies } from '../support/page-families.ts';

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
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
