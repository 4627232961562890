// Debian's Chromium driven by playwright-core (no browser download).
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
}

/** One browser and page for a test file: launched before its tests, closed after. */
export function useBrowserPage(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
}): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  hooks.beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  hooks.afterAll(async () => {
    await browser?.close();
  });
  return () => page!;
}
