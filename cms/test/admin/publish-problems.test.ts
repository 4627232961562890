// A failed build explained where the editor is: content saved before the CMS
// refused it (here, written with SQL past the document service, as an old
// installation may hold it) breaks the build; an editor of the role
// "Redaktion" publishes, sees on "Veröffentlichung" in German which page and
// which field, and follows the link to that page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestPublisher } from '../../../scripts/publisher/test/test-publisher.ts';
import type { Publisher } from '../../../scripts/publisher/publisher.ts';
import { publisherStatus } from '../../../scripts/publisher/test/settle.ts';
import { contentManager } from '../support/api.ts';
import { findPostgresBin } from '../support/postgres-cluster.ts';
import { runProgram } from '../../../scripts/test/run-script.ts';
import { adminUrl, screenshot, useEditorSession } from './support/admin-browser.ts';

const PAGE = 'plugin::smart-data.page';
const TITLE = 'Unsere Kacheln';
const RESERVED = 'kacheln';

/** Runs one statement on the test CMS's own database, bypassing Strapi. */
async function sql(statement: string): Promise<void> {
  if (inject('database') === 'postgres') {
    const result = await runProgram(join(findPostgresBin()!, 'psql'), [
      inject('postgresUrl'),
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      statement,
    ]);
    if (result.code !== 0) throw new Error(`psql: ${result.err}`);
    return;
  }
  const db = new DatabaseSync(inject('sqliteFile'));
  try {
    db.exec(statement);
  } finally {
    db.close();
  }
}

describe('a failed build on the page "Veröffentlichung"', { timeout: 300_000 }, () => {
  const session = useEditorSession({ beforeAll, afterAll });
  let publisher: Publisher;
  let stateDir: string;
  let documentId: string;

  beforeAll(async () => {
    // A valid page, published through the CMS, then given a reserved URL name behind its back (draft and published
    // row).
    const created = await contentManager<{ data: { documentId: string } }>(
      'POST',
      `/collection-types/${PAGE}/actions/publish`,
      { title: TITLE, slug: 'unsere-kacheln-alt', kind: 'other', body: 'Aus der alten Fassung.' },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    documentId = created.body.data.documentId;
    await sql(`UPDATE sdd_pages SET slug = '${RESERVED}' WHERE document_id = '${documentId}'`);
    stateDir = mkdtempSync(join(tmpdir(), 'sdd-publisher-'));
    publisher = await startTestPublisher(stateDir, {
      PUBLISHER_DEBOUNCE_MS: '300',
    });
  });

  afterAll(async () => {
    await publisher?.stop();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    if (documentId) await contentManager('DELETE', `/collection-types/${PAGE}/${documentId}`);
  });

  it('names the page and the field in German, links to the page, and the link opens it', async () => {
    const { page } = session();
    await page.goto(adminUrl('/plugins/smart-data'));
    await page.getByRole('heading', { name: 'Veröffentlichung', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
    await expect
      .poll(async () => (await publisherStatus(publisher)).lastFailure?.problems.length ?? 0, {
        timeout: 120_000,
        interval: 500,
      })
      .toBeGreaterThan(0);

    const problems = page.getByRole('list', { name: 'Gefundene Probleme' });
    const problem = problems.getByRole('listitem').filter({ hasText: `„${RESERVED}“ ist ein Pfad der Website` });
    await problem.waitFor();
    await expect.poll(() => problem.innerText()).toContain(`Seite „${TITLE}“ · Feld „Kurzname (URL)“`);
    const text = await problems.innerText();
    expect(text).toContain('erneut veröffentlichen');
    // No technical detail: no English, no stack, no field path.
    expect(text).not.toMatch(/\bat \S+:\d+|Error|snapshot|pages\[|→ slug/);
    await problem.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-publish-problem');

    await problem.getByRole('link', { name: `Seite „${TITLE}“ öffnen` }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/content-manager/collection-types/${PAGE}/${documentId}`));
    await expect.poll(() => page.locator('input[name="slug"]').inputValue(), { timeout: 60_000 }).toBe(RESERVED);
    expect(await page.locator('input[name="title"]').inputValue()).toBe(TITLE);
    await screenshot(page, 'admin-publish-problem-entry');
  });
});
