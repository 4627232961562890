// A meeting taken from the council information system (POST /api/oparl/sync,
// as `npm run oparl --apply` sends it), opened by an editor of the role
// "Redaktion" in the real admin (Chromium): the OParl id is shown read-only,
// the documents and the agenda are there, and the editor's own save keeps the
// id, so the next sync still finds the meeting (0 writes).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { OparlSyncRequest, OparlSyncResult } from '@sdd/shared-types';
import { contentManager } from '../support/api.ts';
import { contentManagerUrl, screenshot, useEditorSession } from './support/admin-browser.ts';

const MEETING_UID = 'plugin::smart-data.meeting';
const RIS = 'https://ris.example.de/oparl';

const request = (dryRun: boolean): OparlSyncRequest => ({
  dryRun,
  bodies: [
    { oparlId: `${RIS}/organization/5`, name: 'Bauausschuss (RIS)', shortName: 'BA', kind: 'committee', website: null },
  ],
  meetings: [
    {
      oparlId: `${RIS}/meeting/501`,
      body: `${RIS}/organization/5`,
      title: '7. Sitzung des Bauausschusses (RIS)',
      start: '2025-05-06T14:00:00.000Z',
      end: null,
      location: 'Rathaus, Sitzungssaal 2',
      meetingStatus: 'invitation',
      dataAsOf: '2025-04-28T08:00:00.000Z',
      documents: [{ label: 'Einladung', url: 'https://ris.example.de/files/501/einladung.pdf' }],
      agendaItems: [
        {
          oparlId: `${RIS}/agendaItem/9001`,
          number: '1',
          title: 'Radweg Würzburger Straße',
          public: true,
          result: null,
          resolutionText: null,
          consultationType: null,
          links: [
            {
              label: 'Drucksache 2025/117: Radweg Würzburger Straße (Beschlussvorlage)',
              url: 'https://ris.example.de/files/117.pdf',
              paperOparlId: `${RIS}/paper/117`,
            },
          ],
        },
      ],
    },
  ],
  deletedMeetings: [],
  completeBodies: [],
  papers: [],
  deletedPapers: [],
});

async function sync(dryRun: boolean): Promise<OparlSyncResult> {
  const res = await fetch(`${inject('cmsUrl')}/api/oparl/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('importToken')}` },
    body: JSON.stringify(request(dryRun)),
  });
  if (res.status !== 200) throw new Error(`sync: ${res.status} ${await res.text()}`);
  return (await res.json()) as OparlSyncResult;
}

describe('a synced meeting in the admin', () => {
  const session = useEditorSession({ beforeAll, afterAll });
  let documentId = '';

  beforeAll(async () => {
    const first = await sync(false);
    expect(first.writes).toBe(2);
    const list = await contentManager<{ results: { documentId: string; title: string }[] }>(
      'GET',
      `/collection-types/${MEETING_UID}?filters[title][$eq]=${encodeURIComponent('7. Sitzung des Bauausschusses (RIS)')}`,
    );
    documentId = list.body.results[0]!.documentId;
  }, 120_000);

  afterAll(async () => {
    if (documentId) await contentManager('DELETE', `/collection-types/${MEETING_UID}/${documentId}`);
  });

  it('shows the OParl id read-only, with the documents and the agenda', async () => {
    const { page } = session();
    await page.goto(contentManagerUrl(MEETING_UID, documentId));
    await expect
      .poll(() => page.getByLabel('Sitzungsort').first().inputValue(), { timeout: 60_000 })
      .toBe('Rathaus, Sitzungssaal 2');
    await screenshot(page, 'oparl-meeting-top');
    await page.getByText('OParl-ID').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'oparl-meeting-id');
    const id = page.getByLabel('OParl-ID');
    await expect.poll(() => id.first().inputValue(), { timeout: 30_000 }).toBe(`${RIS}/meeting/501`);
    expect(await id.first().isEditable()).toBe(false);
    await expect.poll(() => page.getByText('Dokumente').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // A link's form shows its label and address; the paper's id (the sync's own bookkeeping) stays hidden.
    await page
      .getByRole('button', { name: /Einladung/ })
      .first()
      .click();
    await expect.poll(() => page.getByLabel('Adresse').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByText(/OParl-ID der Drucksache|paperOparlId/).count()).toBe(0);
    const file = await screenshot(page, 'oparl-meeting');
    expect(file).toMatch(/oparl-meeting/);
  }, 120_000);

  it("an editor's save keeps the ids (the paper's on its link too): the next sync only puts the place back (once published)", async () => {
    const { page } = session();
    await page.goto(contentManagerUrl(MEETING_UID, documentId));
    const location = page.getByLabel('Sitzungsort');
    await location.fill('Rathaus, Sitzungssaal 3 (geändert)');
    await page.getByRole('button', { name: /^(Speichern|Save)$/ }).click();
    await page
      .getByText(/Gespeichert|Saved/)
      .first()
      .waitFor();
    // Saved, not published ("Geändert"): a sync would publish the editor's draft with its change, so it refuses.
    await expect(sync(true)).rejects.toThrow(/noch nicht veröffentlichte Änderungen.*Es wurde nichts gespeichert/);
    await page.getByRole('button', { name: /^(Veröffentlichen|Publish)$/ }).click();
    await page
      .getByText(/^(Veröffentlicht|Published)$/)
      .first()
      .waitFor();
    // Matched by its id: the sync puts the council system's place back, and creates nothing.
    const again = await sync(true);
    expect(again.changes).toEqual([
      expect.objectContaining({ action: 'update', type: 'meeting', detail: 'Sitzungsort' }),
    ]);
  }, 120_000);
});
