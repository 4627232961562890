// The explanation of the progress method, edited in the real admin
// (Website-Einstellungen) by an editor of the role "Redaktion": the field
// shows the generated text as its placeholder and says to leave it empty
// for that text; a saved text reaches the pages built by the publisher from
// the snapshot ("Über das Dashboard", "Wie steht es um die Ziele?"); emptied
// again, the pages show the generated text.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progressMethodMarkdownDe } from '@sdd/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Publisher } from '../../../scripts/publisher/publisher.ts';
import { settled } from '../../../scripts/publisher/test/settle.ts';
import { startTestPublisher } from '../../../scripts/import/test/run-import.ts';
import { startStaticServer } from '../../../scripts/serve/static-server.ts';
import { freePort } from '../../scripts/free-port.ts';
import { contentManager, getPublic } from '../support/api.ts';
import { adminUrl, screenshot, useEditorSession } from './support/admin-browser.ts';

const UID = 'plugin::smart-data.site-setting';
const POLL = { timeout: 60_000, interval: 250 };
const GENERATED_START = 'Für jede Kennzahl bewertet das Dashboard, wie sie sich entwickelt.';
const OWN =
  'Unsere Stadt bewertet den Fortschritt **nach der Methode von Eurostat**, angepasst an kommunale Daten.\n\nFragen dazu beantwortet die Stabsstelle Nachhaltigkeit.';

const work = mkdtempSync(join(tmpdir(), 'sdd-method-text-'));
let publisher: Publisher;
const publishedText = async () =>
  (await getPublic<{ data: { progressMethodText: string | null } }>('/api/site-setting')).body.data.progressMethodText;
/** The built pages that explain the method, after the publisher has built what the save triggered. */
async function builtPages(): Promise<string[]> {
  await settled(publisher);
  const live = publisher.liveSiteDir();
  if (!live) throw new Error('no live build');
  return ['ueber-das-dashboard', 'fortschritt'].map((p) => readFileSync(join(live, p, 'index.html'), 'utf8'));
}

describe('the progress method text in the site settings', { timeout: 300_000 }, () => {
  const session = useEditorSession({ beforeAll, afterAll });

  beforeAll(async () => {
    publisher = await startTestPublisher(work);
  });
  afterAll(async () => {
    const current = await contentManager<{ data: Record<string, unknown> }>('GET', `/single-types/${UID}`);
    await contentManager('PUT', `/single-types/${UID}`, { ...current.body.data, progressMethodText: null });
    await publisher?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows the generated text as the field’s placeholder, with a German label and help text', async () => {
    const { page } = session();
    await page.goto(adminUrl(`/content-manager/single-types/${UID}`));
    const field = page.locator('textarea[name="progressMethodText"]');
    await field.waitFor();
    await page.locator('label', { hasText: 'Text zur Fortschrittsbewertung' }).first().waitFor();
    await page.getByText(/Leer lassen für den automatisch erzeugten Text/).waitFor();
    expect(await field.getAttribute('placeholder')).toBe(progressMethodMarkdownDe());
    expect(await field.inputValue()).toBe('');
    await field.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-methodentext-leer');
  });

  it('a saved text is what the built pages show; emptied again, they show the generated text', async () => {
    const { page } = session();
    const field = page.locator('textarea[name="progressMethodText"]');
    await field.fill(OWN);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(publishedText, POLL).toBe(OWN);
    await field.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-methodentext-eigener');
    for (const html of await builtPages()) {
      expect(html).toContain('<strong>nach der Methode von Eurostat</strong>');
      expect(html).toContain('Fragen dazu beantwortet die Stabsstelle Nachhaltigkeit.');
      expect(html).not.toContain(GENERATED_START);
    }
    // The built page as a visitor sees it, served like the live site.
    const port = await freePort();
    const server = await startStaticServer(() => publisher.liveSiteDir()!, port);
    try {
      const visitor = await page.context().newPage();
      await visitor.goto(`http://127.0.0.1:${port}/ueber-das-dashboard/`);
      await visitor.locator('#methode').scrollIntoViewIfNeeded();
      await screenshot(visitor, 'site-ueber-das-dashboard-methodentext');
      await visitor.close();
    } finally {
      server.close();
    }

    await field.fill('');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    // The admin may store an emptied field as "" or null; both mean "generated" (the snapshot makes it null).
    await expect.poll(async () => (await publishedText()) ?? '', POLL).toBe('');
    for (const html of await builtPages()) {
      expect(html).toContain(GENERATED_START);
      expect(html).not.toContain('Stabsstelle Nachhaltigkeit');
    }
  });
});
