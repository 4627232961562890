// A browser logged into the real Strapi admin as the test admin (Debian's
// Chromium through playwright-core, launched like the site tests do).
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from '../../../../site/test/support/browser.ts';

export interface AdminSession {
  browser: Browser;
  page: Page;
}

/** Opens the admin at a desktop size and logs in; resolves once the dashboard is there. */
export async function openAdmin(viewport = { width: 1440, height: 1000 }): Promise<AdminSession> {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport, locale: 'de-DE' });
  const { email, password } = inject('admin');
  await page.goto(`${inject('cmsUrl')}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return { browser, page };
}

/** The content manager's edit view of one entry. */
export const editViewUrl = (uid: string, documentId: string) => `${inject('cmsUrl')}/admin/content-manager/collection-types/${uid}/${documentId}`;
