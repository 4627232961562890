// The attack of issue 18 in a real browser: an editor logged into the admin
// visits a page on another origin of the same site (here another port of
// 127.0.0.1; in production a sibling subdomain). That page asks the CMS for
// an admin token with the editor's cookie. The browser must not let it read
// the answer — while the admin itself still gets its token.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../../site/test/support/browser.ts';
import { freePort } from '../../scripts/free-port.ts';

let browser: Browser;
let page: Page;
let evil: Server;
let evilUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  const port = await freePort();
  evil = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!doctype html><title>Gewinnspiel</title><p>Hallo</p>'),
  );
  await new Promise<void>((r) => evil.listen(port, '127.0.0.1', r));
  evilUrl = `http://127.0.0.1:${port}/`;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => evil?.close(r));
});

/** Runs in the page: asks the CMS for an admin token with the browser's cookies. */
const stealToken = (cmsUrl: string) =>
  fetch(`${cmsUrl}/admin/access-token`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  }).then(
    async (res) => `read ${res.status}: ${await res.text()}`,
    (error: Error) => `blocked: ${error.message}`,
  );

it("a page on another origin cannot read an admin token with a logged-in editor's cookie", async () => {
  const cmsUrl = inject('cmsUrl');
  const { email, password } = inject('admin');
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/login'), { timeout: 60_000 });

  // The admin's own origin gets its token: the cookie is there and works.
  const own = await page.evaluate(stealToken, cmsUrl);
  expect(own).toMatch(/^read 200: .*"token"/);

  await page.goto(evilUrl);
  const stolen = await page.evaluate(stealToken, cmsUrl);
  expect(stolen).toMatch(/^blocked: /);
}, 120_000);
