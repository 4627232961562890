// The history on "Veröffentlichung" as an editor reads it: a burst of
// publications is one build whose "Anlass" names the first two and counts all
// the others (it said "11 Änderungen" for any burst past ten), and a draft the
// editor saved in the admin is listed under "Ohne Neubau" with the reason it
// started no build; a change published at once is not listed there (Strapi
// saves its draft first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOccasion } from '@sdd/shared-types';
import { startTestPublisher } from '../../../scripts/publisher/test/test-publisher.ts';
import type { Publisher } from '../../../scripts/publisher/publisher.ts';
import { publisherStatus, settled } from '../../../scripts/publisher/test/settle.ts';
import { contentManager } from '../support/api.ts';
import { adminUrl, contentManagerUrl, screenshot, useEditorSession } from './support/admin-browser.ts';

const PAGE = 'plugin::smart-data.page';
const BURST = 14;
const POLL = { timeout: 120_000, interval: 500 };

describe('the history on "Veröffentlichung"', { timeout: 400_000 }, () => {
  const session = useEditorSession({ beforeAll, afterAll });
  let publisher: Publisher;
  let stateDir: string;
  const documentIds: string[] = [];

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'sdd-publisher-'));
    publisher = await startTestPublisher(stateDir, {
      // Long enough that the burst below arrives inside one window.
      PUBLISHER_DEBOUNCE_MS: '5000',
    });
  });

  afterAll(async () => {
    await publisher?.stop();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    for (const id of documentIds) await contentManager('DELETE', `/collection-types/${PAGE}/${id}`);
  });

  it('counts every change of a burst, and lists a saved draft under "Ohne Neubau"', async () => {
    const stamp = Date.now() % 100_000;
    for (let i = 0; i < BURST; i++) {
      const created = await contentManager<{ data: { documentId: string } }>(
        'POST',
        `/collection-types/${PAGE}/actions/publish`,
        { title: `Verlaufsseite ${stamp}-${i}`, slug: `verlauf-${stamp}-${i}`, kind: 'other', body: 'Text.' },
      );
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      documentIds.push(created.body.data.documentId);
    }
    await settled(publisher);
    const status = await publisherStatus(publisher);
    const burst = status.history.find((b) => b.reasons.some((r) => r.includes(`Verlaufsseite ${stamp}`)))!;
    expect(burst.outcome).toBe('success');
    expect(burst.eventCount).toBeGreaterThanOrEqual(BURST);

    const { page } = session();
    // The editor saves a change to one of these pages as a draft, in the admin.
    await page.goto(contentManagerUrl(PAGE, documentIds[0]));
    const title = page.locator('input[name="title"]');
    await expect.poll(() => title.inputValue(), POLL).toBe(`Verlaufsseite ${stamp}-0`);
    await title.fill(`Verlaufsseite ${stamp}-0 (Entwurf)`);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Gespeichert', { exact: true }).first().waitFor();
    await expect.poll(async () => (await publisherStatus(publisher)).noBuildEventCount, POLL).toBeGreaterThanOrEqual(1);

    await page.goto(adminUrl('/plugins/smart-data'));
    await page.getByRole('heading', { name: 'Veröffentlichung', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: `Verlaufsseite ${stamp}` });
    await expect.poll(() => row.count(), POLL).toBe(1);
    const occasion = buildOccasion(burst);
    expect(occasion).toMatch(new RegExp(`und ${burst.eventCount! - 2} weitere Änderungen$`));
    expect(await row.innerText()).toContain(occasion);
    // The steps in German, with decimal commas ("Website und Suchindex bauen 1,6 s"), not the log's English names.
    expect(await row.innerText()).toMatch(/Inhalte lesen \d+,\d s, Website und Suchindex bauen \d+,\d s/);
    expect(await row.innerText()).not.toMatch(/snapshot|pagefind|\d\.\d s/);
    // The whole sentence is on the screen: the table does not hide it past its right edge.
    const cell = row.getByText(occasion);
    expect(await cell.evaluate((e) => e.getBoundingClientRect().right <= document.documentElement.clientWidth)).toBe(
      true,
    );

    const list = page.getByRole('list', { name: 'Ohne Neubau' });
    await expect
      .poll(() => list.innerText(), POLL)
      .toMatch(
        new RegExp(
          `Entwurf von Seite „Verlaufsseite ${stamp}-0 \\(Entwurf\\)“ gespeichert – keine Veröffentlichung nötig`,
        ),
      );
    await list.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-publish-history');
    // The draft is not live: no build took it.
    expect((await publisherStatus(publisher)).history[0]!.id).toBe(burst.id);

    // The editor changes another page and publishes it at once: Strapi saves the draft first and publishes it next.
    // That is one publication, not a saved draft ("Entwurf … gespeichert" said it had not been published).
    const draftsBefore = (await publisherStatus(publisher)).noBuildEventCount;
    await page.goto(contentManagerUrl(PAGE, documentIds[1]));
    await expect.poll(() => title.inputValue(), POLL).toBe(`Verlaufsseite ${stamp}-1`);
    await title.fill(`Verlaufsseite ${stamp}-1 (neu)`);
    await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
    const published = `Seite „Verlaufsseite ${stamp}-1 (neu)“ veröffentlicht`;
    await expect
      .poll(async () => (await publisherStatus(publisher)).history.some((b) => b.reasons.includes(published)), POLL)
      .toBe(true);
    await settled(publisher);
    const after = await publisherStatus(publisher);
    expect(after.noBuildEvents.map((e) => e.reason).filter((r) => r.includes(`${stamp}-1`))).toEqual([]);
    expect(after.noBuildEventCount).toBe(draftsBefore);
  });
});
