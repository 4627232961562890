// A browser logged into the real Strapi admin (Debian's Chromium through
// playwright-core, launched like the site tests do). Used by the admin tests
// and by scripts/bench/admin-values.ts.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../../../site/test/support/browser.ts';

export interface AdminSession {
  browser: Browser;
  page: Page;
}

export interface AdminLogin {
  cmsUrl: string;
  email: string;
  password: string;
}

/** Logs in through the login form and waits for the admin's home page. */
export async function logIn(page: Page, login: AdminLogin): Promise<void> {
  // The admin's first load parses megabytes of JavaScript; on a busy CI machine that outlasts playwright's 30 s
  // default.
  await page.goto(`${login.cmsUrl}/admin/auth/login`, { timeout: 90_000 });
  await page.locator('input[name="email"]').fill(login.email);
  await page.locator('input[name="password"]').fill(login.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  await page.locator('nav').first().waitFor();
}

/** Opens the admin at a desktop size and logs in. */
export async function openAdmin(login: AdminLogin, viewport = { width: 1440, height: 1000 }): Promise<AdminSession> {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport, locale: 'de-DE' });
  page.setDefaultTimeout(90_000);
  await logIn(page, login);
  return { browser, page };
}

/** The content manager's edit view of one entry. */
export const editViewUrl = (cmsUrl: string, uid: string, documentId: string) =>
  `${cmsUrl}/admin/content-manager/collection-types/${uid}/${documentId}`;

/** The content manager's "Publish" button, in either admin language. */
export const publishButton = (page: Page) => page.getByRole('button', { name: /^(Veröffentlichen|Publish)$/ });
