// WCAG 1.4.10 Reflow: every page of the sitemap and every embed page (plus 404 and a search with
// results) at 320 CSS px scrolls only vertically. On failure the message
// names the elements that stick out, so the cause can be fixed at its root.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from '../support/browser.ts';
import { sitemapPaths } from '../support/page-families.ts';

const base = inject('siteUrl');
const currentPage = useBrowserPage({ beforeAll, afterAll });

describe('reflow at 320 px', () => {
  it('no page of the sitemap scrolls sideways', async () => {
    const page = currentPage();
    await page.setViewportSize({ width: 320, height: 640 });
    const pages = await sitemapPaths(base);
    // The embed pages are not in the sitemap (noindex); one per KPI and tile page.
    const embeds = pages.filter((p) => /^\/(kennzahlen|kacheln)\/[^/]+\/$/.test(p)).map((p) => `/einbetten${p}`);
    const paths = [...pages, ...embeds, '/gibt-es-nicht/', '/suche/?q=Energie'];
    expect(paths.length).toBeGreaterThan(250);
    const offenders: string[] = [];
    for (const path of paths) {
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      if (path.includes('?q=')) await page.locator('.pagefind-ui__result').first().waitFor();
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement!;
        if (root.scrollWidth <= root.clientWidth) return null;
        const limit = root.clientWidth;
        // The innermost elements that reach past the right edge, or whose own text
        // overflows them, are the causes.
        const sticking = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
          (el) =>
            el.getBoundingClientRect().right > limit + 0.5 ||
            (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'),
        );
        const innermost = sticking.filter((el) => !sticking.some((other) => other !== el && el.contains(other)));
        const describe = (el: HTMLElement) =>
          `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
        return `${root.scrollWidth} > ${limit}: ${innermost.slice(0, 3).map(describe).join('; ')}`;
      });
      if (overflow) offenders.push(`${path} ${overflow}`);
    }
    expect(offenders).toEqual([]);
  }, 600_000);
});
