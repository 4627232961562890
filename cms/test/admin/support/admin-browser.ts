// The real Strapi admin in Debian's Chromium: one browser per test file, a
// fresh context (no stored language, an English browser) per editor, and
// screenshots into a temporary folder (SDD_SCREENSHOTS to keep them).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from '../../../../site/test/support/browser.ts';
import { editViewUrl, logIn as logInAt } from './admin-session.ts';
import { createEditor } from './editor-user.ts';

export const adminUrl = (path = '') => `${inject('cmsUrl')}/admin${path}`;

const screenshotDir = process.env.SDD_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'sdd-admin-shots-'));
mkdirSync(screenshotDir, { recursive: true });

/** Saves a screenshot of the page as <name>-<database>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = join(screenshotDir, `${name}-${inject('database')}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export interface AdminSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** A browser as a new editor's: English, desktop size, nothing stored. */
export async function openBrowser(): Promise<AdminSession> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  // Waits are for states; on a loaded CI machine a KPI form can take long to load.
  page.setDefaultTimeout(60_000);
  return { browser, context, page };
}

/** Logs in through the login form of the test CMS and waits for the admin's home page. */
export const logIn = (page: Page, login: { email: string; password: string }): Promise<void> =>
  logInAt(page, { cmsUrl: inject('cmsUrl'), ...login });

export const contentManagerUrl = (uid: string, documentId = 'create') => editViewUrl(inject('cmsUrl'), uid, documentId);

/** One browser per test file, logged in as a new user of the role "Redaktion". */
export function useEditorSession(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
}): () => AdminSession {
  let session: AdminSession | undefined;
  hooks.beforeAll(async () => {
    session = await openBrowser();
    await logIn(session.page, await createEditor());
  });
  hooks.afterAll(async () => {
    await session?.browser.close();
  });
  return () => session!;
}
