// Sessions (Sitzungen) in the real admin, as a new editor of the role
// "Redaktion" meets it in an English browser: German interface, a session
// with three agenda items (one non-public) created and published, an
// existing session edited and saved. Checked through the public API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoData } from '../../src/demo-data/index.ts';
import { getAll, getPublic } from '../support/api.ts';
import { adminUrl, contentManagerUrl, screenshot, useEditorSession } from './support/admin-browser.ts';

const MEETING = 'plugin::smart-data.meeting';
const POLL = { timeout: 30_000, interval: 250 };
type PublicMeeting = {
  documentId: string;
  slug: string;
  title: string;
  meetingStatus: string;
  location: string | null;
  body: { slug: string } | null;
  agendaItems: Array<{ number: string; title: string; public: boolean }>;
};

const meetingBySlug = async (slug: string) => {
  const res = await getPublic<{ data: PublicMeeting[] }>(
    `/api/meetings?filters[slug][$eq]=${slug}&populate[agendaItems]=true&populate[body][fields][0]=slug`,
  );
  return res.body.data[0];
};

// Generous: the admin is slow on a loaded two-core CI machine; every wait is for a state.
describe('sessions in the admin', { timeout: 180_000 }, () => {
  const session = useEditorSession({ beforeAll, afterAll });

  it('shows a new editor the admin in German, in an English browser', async () => {
    const s = session();
    const { page } = s;
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await page.goto(adminUrl('/content-manager'));
    await page.getByRole('link', { name: 'Sitzung', exact: true }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe('de');
    await page.getByText('Neuer Eintrag').first().waitFor();
    await screenshot(page, 'admin-start-de');
    // The role "Redaktion" sees the publishing page but no developer tools.
    await page.getByRole('link', { name: 'Veröffentlichung' }).waitFor();
    expect(await page.getByRole('link', { name: /Content-Type Builder|Inhaltstyp/ }).count()).toBe(0);
    await page.goto(adminUrl('/settings'));
    await page.locator('nav').first().waitFor();
    await screenshot(page, 'admin-settings-redaktion');
    for (const tool of [/^Webhooks$/, /^API-Token/, /^Rollen$/, /^Benutzer$/, /^Internationalisierung$/]) {
      expect(await page.getByRole('link', { name: tool }).count(), String(tool)).toBe(0);
    }
  });

  it('creates a session with three agenda items, one of them non-public, and publishes it', async () => {
    const s = session();
    const { page } = s;
    await page.goto(contentManagerUrl(MEETING));
    const title = 'Sitzung des Umweltsenats zum Radverkehr';
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="body"]').click();
    await page.locator('input[name="body"]').fill('Umwelt');
    await page
      .getByRole('option', { name: /Umwelt-, Klima- und Verkehrssenat/ })
      .first()
      .click();
    await page.getByRole('combobox', { name: 'Choose time' }).first().fill('16:00');
    await page.getByRole('combobox', { name: 'Choose time' }).first().press('Enter');
    await page.locator('input[name="location"]').fill('Großer Sitzungssaal');
    await page.locator('div[role="combobox"][name="meetingStatus"]').click();
    await page.getByRole('option', { name: 'Einladung' }).click();
    // Two lists are empty on a new session (Dokumente, Tagesordnung): the one under "Tagesordnung (0)".
    await page
      .locator('div')
      .filter({ has: page.getByText(/^Tagesordnung\b/) })
      .filter({ has: page.getByText('Noch keine Einträge') })
      .last()
      .getByText('Noch keine Einträge')
      .click();
    const items = [
      ['1', 'Eröffnung und Feststellung der Beschlussfähigkeit', true],
      ['2', 'Radverkehrskonzept 2030', true],
      ['3', 'Grundstücksangelegenheit Mainufer', false],
    ] as const;
    for (const [i, [number, itemTitle, isPublic]] of items.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Eintrag hinzufügen' }).click();
      await page.locator(`input[name="agendaItems.${i}.number"]`).fill(number);
      await page.locator(`input[name="agendaItems.${i}.title"]`).fill(itemTitle);
      // setChecked waits until the toggle stands still (a new item's panel is still opening) and checks the result;
      // a forced click did not, and once landed beside the toggle.
      const box = page.locator(`input[name="agendaItems.${i}.public"]`);
      await box.setChecked(isPublic);
      expect(await box.isChecked()).toBe(isPublic);
    }
    await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
    await page.getByText('Veröffentlicht', { exact: true }).first().waitFor();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    // The URL name was made from the title, not "meeting".
    const slug = 'sitzung-des-umweltsenats-zum-radverkehr';
    await expect.poll(() => page.locator('input[name="slug"]').inputValue(), POLL).toBe(slug);
    await screenshot(page, 'admin-session-published');

    const published = await meetingBySlug(slug);
    expect(published).toMatchObject({
      title,
      meetingStatus: 'invitation',
      location: 'Großer Sitzungssaal',
      body: { slug: 'umwelt-klima-und-verkehrssenat' },
    });
    expect(published!.agendaItems.map((a) => [a.number, a.title])).toEqual(
      items.filter(([, , p]) => p).map(([n, t]) => [n, t]),
    );
  });

  it('edits and saves an existing session, keeping its status', async () => {
    const s = session();
    const { page } = s;
    const existing = demoData.meetings.find(
      (m) => !demoData.drafts.meetings.includes(m.slug) && m.agendaItems.length > 0,
    )!;
    const [entry] = await getAll('meetings', `filters[slug][$eq]=${existing.slug}`);
    await page.goto(contentManagerUrl(MEETING, entry!.documentId));
    // The stored status is shown (it was empty while the field was called `status`).
    await expect
      .poll(() => page.locator('div[role="combobox"][name="meetingStatus"]').textContent(), POLL)
      .toMatch(/\S/);
    const location = `Sitzungssaal im Rathaus, Raum ${Date.now() % 1000}`;
    await page.locator('input[name="location"]').fill(location);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Gespeichert', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
    await page.getByText('Veröffentlicht', { exact: true }).first().waitFor();
    await expect.poll(async () => (await meetingBySlug(existing.slug))?.location, POLL).toBe(location);
    expect((await meetingBySlug(existing.slug))?.meetingStatus).toBe(existing.status);
    await screenshot(page, 'admin-session-edited');
  });
});
