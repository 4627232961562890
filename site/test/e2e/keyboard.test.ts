// WCAG 2.4.7 Focus visible: on one page of every family, Tab through every
// stop; each focused element must draw its own indicator (an outline or a box
// shadow on the element itself, not on a surrounding card). Desktop and 320 px.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from '../support/browser.ts';
import { pageFamilies } from '../support/page-families.ts';

const base = inject('siteUrl');
const PAGE_TYPES = pageFamilies(inject('snapshotFile'));
const MAX_STOPS = 600;
const currentPage = useBrowserPage({ beforeAll, afterAll });

interface Stop {
  key: string;
  label: string;
  indicator: boolean;
  visible: boolean;
}

for (const width of [1280, 320]) {
  describe(`every Tab stop shows its own focus indicator at ${width} px`, () => {
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      it(`${name} (${path})`, async () => {
        const page = currentPage();
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${base}${path}`);
        await page.waitForLoadState('networkidle');
        if (path.startsWith('/suche/')) await page.locator('.pagefind-ui__result').first().waitFor();
        const stops: Stop[] = [];
        const failures: string[] = [];
        for (let i = 0; i < MAX_STOPS; i++) {
          await page.keyboard.press('Tab');
          const stop = await page.evaluate((): Stop | null => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            const transparent = (colour: string) => /rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent';
            const outline =
              style.outlineStyle !== 'none' &&
              Number.parseFloat(style.outlineWidth) >= 2 &&
              !transparent(style.outlineColor);
            const shadow = style.boxShadow !== 'none';
            const rect = el.getBoundingClientRect();
            const key = `${el.tagName}|${el.id}|${el.getAttribute('href') ?? ''}|${Math.round(rect.top + scrollY)}|${Math.round(rect.left)}|${el.textContent?.trim().slice(0, 30)}`;
            return {
              key,
              label: `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`,
              indicator: outline || shadow,
              visible: rect.width > 0 && rect.height > 0,
            };
          });
          if (!stop || stops.some((s) => s.key === stop.key)) break;
          stops.push(stop);
          if (!stop.indicator) failures.push(`no indicator: ${stop.label}`);
          if (!stop.visible) failures.push(`invisible stop: ${stop.label}`);
        }
        expect(stops.length, 'Tab stops found').toBeGreaterThan(3);
        expect(stops.length, 'Tab stops end').toBeLessThan(MAX_STOPS);
        expect(failures).toEqual([]);
      });
    }
  });
}
