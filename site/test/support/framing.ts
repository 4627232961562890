// Framing as another website does it: a host page on a second local server
// (another origin: "localhost" and another port) with two iframes, one of
// an embed page and one of an ordinary page, opened in Chromium. The embed
// page must show; the ordinary page must be refused by the browser.
import { createServer } from 'node:http';
import { expect } from 'vitest';
import { freePort } from '../../../cms/scripts/free-port.ts';
import { launchBrowser } from './browser.ts';

export async function expectFraming(siteBase: string, embedPath: string, ordinaryPath: string): Promise<void> {
  const embedUrl = `${siteBase}${embedPath}`;
  const ordinaryUrl = `${siteBase}${ordinaryPath}`;
  const host = createServer((_, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="de"><title>Fremde Website</title><h1>Fremde Website</h1>` +
          `<iframe id="embed" src="${embedUrl}" title="eingebettet" width="600" height="500"></iframe>` +
          `<iframe id="ordinary" src="${ordinaryUrl}" title="normale Seite" width="600" height="500"></iframe>`,
      );
  });
  const port = await freePort();
  await new Promise<void>((ok) => host.listen(port, '127.0.0.1', ok));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/`, { waitUntil: 'load' });
    const embedFrame = await (await page.$('#embed'))!.contentFrame();
    const ordinaryFrame = await (await page.$('#ordinary'))!.contentFrame();
    // The embed page loaded inside the frame: its own URL and heading.
    expect(embedFrame?.url()).toBe(embedUrl);
    expect(await embedFrame!.locator('body.embed h1 a').count()).toBe(1);
    // The ordinary page did not: Chromium shows its error page in the frame instead.
    expect(ordinaryFrame?.url()).toMatch(/^chrome-error:/);
    expect(await ordinaryFrame!.locator('.site-header, main').count()).toBe(0);
  } finally {
    await browser.close();
    await new Promise((r) => host.close(r));
  }
}
