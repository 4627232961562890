// First render and layout stability of a few pages in real Chromium, on a
// desktop and on a throttled phone profile (CDP: 4× slower CPU, 150 ms round
// trip, 1.6 Mbit/s down, as Lighthouse's mobile preset). Figures for the
// benchmark to print beside the "good" thresholds of Core Web Vitals.
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort } from '../../cms/scripts/free-port.ts';
import { startStaticServer } from '../serve/static-server.ts';
import { CHROMIUM } from '../../site/test/support/browser.ts';

export interface RenderSample {
  fcpMs: number;
  cls: number;
}
export const PROFILES = {
  desktop: { viewport: { width: 1280, height: 900 }, throttled: false },
  'phone (throttled)': { viewport: { width: 390, height: 844 }, throttled: true },
} as const;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

/** One cold load: first contentful paint and the layout shift summed until the
 *  network is idle (and, with `ready`, until that selector shows: search results). */
async function sample(
  browser: Browser,
  url: string,
  profile: keyof typeof PROFILES,
  ready?: string,
): Promise<RenderSample> {
  const context = await browser.newContext({ viewport: PROFILES[profile].viewport });
  const page = await context.newPage();
  if (PROFILES[profile].throttled) await throttle(page);
  // Browser-side code as strings: this package type-checks without the DOM library.
  await page.addInitScript(`window.__cls = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });`);
  await page.goto(url, { waitUntil: 'networkidle' });
  if (ready) await page.locator(ready).first().waitFor();
  const result = (await page.evaluate(`({
    fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    cls: window.__cls,
  })`)) as RenderSample;
  await context.close();
  return result;
}

export async function measureRender(
  siteDir: string,
  pages: Record<string, { path: string; ready?: string }>,
  runs: number,
): Promise<Map<string, Map<string, RenderSample[]>>> {
  const port = await freePort();
  const server: Server = await startStaticServer(() => siteDir, port);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const results = new Map<string, Map<string, RenderSample[]>>();
  try {
    for (const [name, { path, ready }] of Object.entries(pages)) {
      const byProfile = new Map<string, RenderSample[]>();
      for (const profile of Object.keys(PROFILES) as (keyof typeof PROFILES)[]) {
        const samples: RenderSample[] = [];
        for (let i = 0; i < runs; i++)
          samples.push(await sample(browser, `http://127.0.0.1:${port}${path}`, profile, ready));
        byProfile.set(profile, samples);
      }
      results.set(name, byProfile);
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
  return results;
}
