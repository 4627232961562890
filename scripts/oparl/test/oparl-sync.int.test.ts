// The council-data sync against the real CMS (cms test project, SQLite or
// PostgreSQL) and the local OParl server with several pages per list, vendor
// quirks, deleted objects and a non-public item: dry run, a failing server
// mid-run, the first sync (checked in the API, the snapshot and the built
// site), no-change runs (0 writes), upstream changes and deletions, papers
// (Drucksachen) on agenda items and their changes, editors' additions, and
// what the sync must never publish or delete.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentManager, getAll } from '../../../cms/test/support/api.ts';
import type { Publisher } from '../../publisher/publisher.ts';
import { publisherStatus, settled as waitSettled } from '../../publisher/test/settle.ts';
import { startTestPublisher } from '../../import/test/run-import.ts';
import { createCmsClient } from '../../snapshot/cms-client.ts';
import { takeSnapshot } from '../../snapshot/take-snapshot.ts';
import { runScript } from '../../test/run-script.ts';
import { startOparlServer, type OparlTestServer } from './support/oparl-server.ts';
import { addPaper, makeWorld, touch, type WorldPaper } from './support/oparl-world.ts';

const MAIN = join(import.meta.dirname, '..', 'main.ts');
const SECRET = 'Grundstücksangelegenheit Vertraulich-7731';
const SECRET_TEXT = 'Kaufpreis 4,2 Mio. Euro an Firma Geheim GmbH';
/** The paper of the non-public item: its name tells what the closed session decides. */
const SECRET_PAPER = 'Ankauf Geheimweg 5 von Firma Diskret GmbH';
const MEETING_UID = 'plugin::smart-data.meeting';

const work = mkdtempSync(join(tmpdir(), 'sdd-oparl-'));
const stateFile = join(work, 'oparl-state.json');
let server: OparlTestServer;
let publisher: Publisher;
/**
 * Klimaschutzkonzept (meeting 1), the secret one (meeting 1, non-public item), 1.0-style (meeting 3), to be deleted
 * (meeting 2), deleted.
 */
let papers: WorldPaper[];

const runOparl = (systemUrl: string, ...args: string[]) =>
  runScript(MAIN, [systemUrl, ...args], {
    CMS_URL: inject('cmsUrl'),
    CMS_IMPORT_TOKEN: inject('importToken'),
    OPARL_STATE_FILE: stateFile,
    OPARL_THROTTLE_MS: '0',
    OPARL_BACKOFF_MS: '10',
  });

type PublicItem = {
  number: string;
  title: string;
  public?: boolean;
  resolutionText?: string;
  consultationType?: string;
  links?: { label: string; url: string }[];
  tiles?: { slug: string }[];
};
type PublicMeeting = {
  documentId: string;
  title: string;
  slug: string;
  meetingStatus: string;
  location?: string | null;
  agendaItems: PublicItem[];
};

const publicMeetings = async () =>
  (await getAll(
    'meetings',
    'populate[agendaItems][populate][tiles][fields][0]=slug&populate[agendaItems][populate][links]=true&populate[documents]=true',
  )) as unknown as PublicMeeting[];
const imported = async () => (await publicMeetings()).filter((m) => /\. Sitzung: /.test(m.title));
const builds = async () => (await publisherStatus(publisher)).history.length;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  server = await startOparlServer((base) => makeWorld(base, { bodies: 2, meetings: 5, itemsPerMeeting: 3 }), {
    pageSize: 2,
    missingType: true,
    auxiliaryFileAsObject: true,
    emptyPageAs404: true,
    flaky500: 1,
  });
  const first = server.world.meetings[0]!;
  first.agendaItem[1] = { ...first.agendaItem[1]!, name: SECRET, public: false, resolutionText: SECRET_TEXT };
  first.agendaItem[2] = {
    ...first.agendaItem[2]!,
    result: 'Einstimmig beschlossen',
    resolutionText: 'Der Stadtrat beschließt das Klimaschutzkonzept.',
    oldFieldNames: true,
    auxiliaryFile: [{ id: `${server.url}/file/k`, name: 'Klimaschutzkonzept', accessUrl: `${server.url}/files/k.pdf` }],
  };
  const [m1, m2, m3] = server.world.meetings;
  papers = [
    addPaper(server.world, m1!, first.agendaItem[2]!, { name: 'Klimaschutzkonzept 2030', role: 'Entscheidung' }),
    addPaper(server.world, m1!, first.agendaItem[1]!, { name: SECRET_PAPER, role: 'Entscheidung', as: 'embedded' }),
    addPaper(server.world, m3!, m3!.agendaItem[2]!, {
      name: 'Radverkehrsplan',
      paperType: 'Antrag',
      role: 'Vorberatung',
      as: 'list',
    }),
    addPaper(server.world, m2!, m2!.agendaItem[0]!, { name: 'Sanierung Schulhof', role: 'Kenntnisnahme' }),
    addPaper(server.world, m2!, m2!.agendaItem[1]!, { name: 'Zurückgezogene Vorlage', role: 'Entscheidung' }),
  ];
  papers[4]!.deleted = true;
  publisher = await startTestPublisher(work);
}, 120_000);

afterAll(async () => {
  await publisher?.stop();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run oparl', () => {
  it('dry run lists what would be created and writes nothing', async () => {
    const run = await runOparl(server.systemUrl);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Wird angelegt (22):');
    expect(run.out).toContain('  Gremium „Stadtrat“');
    expect(run.out).toMatch(/ {2}Sitzung „1\. Sitzung: Stadtrat“, 03\.02\.2025, 16:00/);
    expect(run.out).toContain('2 Gremien, 5 Sitzungen, 15 Tagesordnungspunkte betroffen.');
    expect(run.out).toContain('Probelauf: nichts gespeichert. Übernehmen mit --apply.');
    expect(await imported()).toEqual([]);
    expect(existsSync(stateFile)).toBe(false);
  });

  it('a server failing on a late page: clear German message, exit 1, nothing written', async () => {
    const broken = await startOparlServer((base) => makeWorld(base, { meetings: 5 }), {
      pageSize: 1,
      brokenFromPage: 3,
    });
    try {
      const run = await runOparl(broken.systemUrl, '--apply');
      expect(run.code).toBe(1);
      expect(run.err).toMatch(
        /Fehler im Ratsinformationssystem: .*page=3 antwortete nach 4 Versuchen nicht \(HTTP 500\)\. .*Es wurde nichts gespeichert\./,
      );
      expect(await imported()).toEqual([]);
      expect(existsSync(stateFile)).toBe(false);
    } finally {
      await broken.close();
    }
  });

  it('--apply writes everything, published, non-public items hidden, and the site is built once', async () => {
    await waitSettled(publisher);
    const before = await builds();
    const run = await runOparl(server.systemUrl, '--apply');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/Gespeichert: 7 Einträge geschrieben; die Website wird einmal neu gebaut\./);
    const meetings = await imported();
    expect(meetings.map((m) => m.title).sort()).toEqual([
      '1. Sitzung: Stadtrat',
      '2. Sitzung: Ausschuss für Umwelt und Klima 1',
      '3. Sitzung: Stadtrat',
      '4. Sitzung: Ausschuss für Umwelt und Klima 1',
      '5. Sitzung: Stadtrat',
    ]);
    const first = meetings.find((m) => m.title === '1. Sitzung: Stadtrat')!;
    expect(first.meetingStatus).toBe('held');
    expect(first.agendaItems.map((a) => a.number)).toEqual(['1', '3']);
    expect(first.agendaItems[1]).toMatchObject({
      title: 'Tagesordnungspunkt 3 der Sitzung 1',
      result: 'Einstimmig beschlossen',
      resolutionText: 'Der Stadtrat beschließt das Klimaschutzkonzept.',
      consultationType: 'decision',
      links: [
        {
          label: 'Drucksache 0001/2025: Klimaschutzkonzept 2030 (Beschlussvorlage)',
          url: `${server.url}/web/vorlage/1`,
        },
        { label: 'Vorlage 1', url: `${server.url}/files/vorlage-1.pdf` },
        { label: 'Klimaschutzkonzept', url: `${server.url}/files/k.pdf` },
      ],
    });
    const third = meetings.find((m) => m.title === '3. Sitzung: Stadtrat')!;
    expect(third.agendaItems[2]!.links![0]!.label).toBe('Drucksache 0003/2025: Radverkehrsplan (Antrag)');
    const second = meetings.find((m) => m.title.startsWith('2. Sitzung'))!;
    expect(second.agendaItems.map((a) => a.links!.map((l) => l.label))).toEqual([
      ['Drucksache 0004/2025: Sanierung Schulhof (Beschlussvorlage)', 'Vorlage 4'],
      [], // its paper is deleted upstream
      [],
    ]);
    expect(JSON.stringify(meetings)).not.toContain('Vertraulich-7731');
    expect(JSON.stringify(meetings)).not.toContain('Geheimweg');
    expect(JSON.stringify(meetings)).not.toContain('oparlId');
    expect(JSON.stringify(meetings)).not.toContain('paperOparlId');
    // Not even stored: the CMS holds no trace of the non-public item's paper.
    const draft = await contentManager('GET', `/collection-types/${MEETING_UID}/${first.documentId}`);
    expect(JSON.stringify(draft.body)).toContain('Tagesordnungspunkt 3 der Sitzung 1');
    expect(JSON.stringify(draft.body)).not.toContain('Geheimweg');
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      [JSON.stringify([server.systemUrl, null, []])]: { lastSync: expect.any(String) },
    });

    await waitSettled(publisher);
    expect(await builds()).toBe(before + 1);
    const site = publisher.liveSiteDir()!;
    const pages = filesUnder(site).filter((f) => f.endsWith('.html'));
    const page = pages.find((f) => f.includes(`/sitzungen/${first.slug}/`))!;
    expect(page, `no page for ${first.slug}`).toBeDefined();
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('1. Sitzung: Stadtrat');
    expect(html).toContain('Tagesordnungspunkt 3 der Sitzung 1');
    // Visitors see the decision and reach the files in the council system.
    expect(html).toContain('<h4>Beschluss</h4>');
    expect(html).toContain('Der Stadtrat beschließt das Klimaschutzkonzept.');
    expect(html).toContain(`<a href="${server.url}/files/k.pdf">Klimaschutzkonzept</a>`);
    expect(html).toContain(
      `<a href="${server.url}/web/vorlage/1">Drucksache 0001/2025: Klimaschutzkonzept 2030 (Beschlussvorlage)</a>`,
    );
    expect(html).toContain('Beschließend');
    expect(html).toContain('<h2>Dokumente der Sitzung</h2>');
    expect(html).toContain(`<a href="${server.url}/files/1/einladung.pdf">Einladung</a>`);
    // Not on any page, in any search index or download of the built site, nor in the snapshot.
    for (const file of filesUnder(site)) {
      const text = readFileSync(file, 'latin1');
      expect(text, file).not.toContain('Vertraulich-7731');
      expect(text, file).not.toContain('Geheimweg');
      expect(text, file).not.toContain('/web/vorlage/2');
    }
    const snapshot = await takeSnapshot(createCmsClient(inject('cmsUrl'), inject('buildToken')), inject('cmsUrl'));
    expect(JSON.stringify(snapshot)).not.toContain('Vertraulich');
    expect(JSON.stringify(snapshot)).not.toContain('Geheim GmbH');
    expect(JSON.stringify(snapshot)).not.toContain('Geheimweg');
  }, 240_000);

  it('a second run, incremental or full, writes nothing and builds nothing', async () => {
    const before = await builds();
    const again = await runOparl(server.systemUrl, '--apply');
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('Lese Änderungen seit');
    expect(again.out).toContain('Nichts zu tun: Das CMS ist auf dem Stand des Ratsinformationssystems.');
    expect(again.out).toContain('Gespeichert: 0 Einträge geschrieben.');
    const full = await runOparl(server.systemUrl, '--apply', '--full');
    expect(full.code, full.err).toBe(0);
    expect(full.out).toContain('Lese alle Sitzungen');
    expect(full.out).toContain('Gespeichert: 0 Einträge geschrieben.');
    await waitSettled(publisher);
    expect(await builds()).toBe(before);
  }, 120_000);

  it('a renamed paper renames its link, a deleted paper’s links go, though their meetings did not change', async () => {
    await waitSettled(publisher);
    const before = await builds();
    const now = new Date().toISOString();
    papers[0]!.name = 'Klimaschutzkonzept 2030 (überarbeitet)';
    papers[0]!.modified = now;
    papers[3]!.deleted = true;
    papers[3]!.modified = now;
    const run = await runOparl(server.systemUrl, '--apply');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Lese Änderungen seit');
    expect(run.out).toContain('0 Sitzungen, 1 geänderte Drucksache, 1 gelöschte Drucksache.');
    expect(run.out).toContain('  TOP 3 Tagesordnungspunkt 3 der Sitzung 1 (Sitzung „1. Sitzung: Stadtrat“)');
    expect(run.out).toContain('  Sitzung „1. Sitzung: Stadtrat“: Tagesordnung (Drucksachen)');
    expect(run.out).toContain('Gespeichert: 2 Einträge geschrieben');

    const meetings = await imported();
    const first = meetings.find((m) => m.title === '1. Sitzung: Stadtrat')!;
    expect(first.agendaItems[1]!.links!.map((l) => l.label)).toEqual([
      'Drucksache 0001/2025: Klimaschutzkonzept 2030 (überarbeitet) (Beschlussvorlage)',
      'Vorlage 1',
      'Klimaschutzkonzept',
    ]);
    const second = meetings.find((m) => m.title.startsWith('2. Sitzung'))!;
    expect(second.agendaItems[0]!.links).toEqual([]);

    // Nothing new upstream: incremental and full runs write nothing.
    for (const args of [['--apply'], ['--apply', '--full']]) {
      const again = await runOparl(server.systemUrl, ...args);
      expect(again.code, again.err).toBe(0);
      expect(again.out).toContain('Gespeichert: 0 Einträge geschrieben.');
    }

    await waitSettled(publisher);
    expect(await builds()).toBe(before + 1);
    const pages = filesUnder(publisher.liveSiteDir()!).filter((f) => f.endsWith('.html'));
    const html = (slug: string) =>
      readFileSync(
        pages.find((f) => f.includes(`/sitzungen/${slug}/`))!,
        'utf8',
      );
    expect(html(first.slug)).toContain('Klimaschutzkonzept 2030 (überarbeitet) (Beschlussvorlage)</a>');
    expect(html(first.slug)).not.toContain('Klimaschutzkonzept 2030 (Beschlussvorlage)');
    expect(html(second.slug)).not.toContain('Sanierung Schulhof');
  }, 180_000);

  it('upstream changes arrive; editors’ links and own meetings survive; deletions unpublish or remove', async () => {
    // An editor links a tile to the first item of meeting 3 and types a meeting of their own.
    const meeting3 = (await imported()).find((m) => m.title === '3. Sitzung: Stadtrat')!;
    const tile = (await getAll('tiles', 'fields[0]=slug'))[0]!;
    await linkTileToFirstItem(meeting3.documentId, tile.documentId);
    const own = await contentManager<{ data: { documentId: string } }>(
      'POST',
      `/collection-types/${MEETING_UID}/actions/publish`,
      {
        title: 'Sondersitzung (von Hand)',
        start: '2025-02-20T17:00:00.000Z',
        meetingStatus: 'scheduled',
        body: await bodyOf(meeting3),
        agendaItems: [],
      },
    );
    expect(own.status, JSON.stringify(own.body)).toBe(200);

    const w = server.world.meetings;
    w[2]!.agendaItem[0]!.name = 'Radverkehrskonzept (geändert)';
    w[2]!.agendaItem[1]!.deleted = true;
    touch(w[2]!);
    w[3]!.deleted = true;
    touch(w[3]!);
    const run = await runOparl(server.systemUrl, '--apply');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Geändert (2):');
    expect(run.out).toContain('  TOP 1 Radverkehrskonzept (geändert) (Sitzung „3. Sitzung: Stadtrat“)');
    expect(run.out).toContain(
      'Nicht mehr veröffentlicht (1):\n  Sitzung „4. Sitzung: Ausschuss für Umwelt und Klima 1“',
    );
    expect(run.out).toContain('Entfernt (1):\n  TOP 2 Tagesordnungspunkt 2 der Sitzung 3');

    const after = await publicMeetings();
    const changed = after.find((m) => m.documentId === meeting3.documentId)!;
    expect(changed.agendaItems.map((a) => [a.number, a.title, a.tiles?.map((t) => t.slug)])).toEqual([
      ['1', 'Radverkehrskonzept (geändert)', [tile.slug]],
      ['3', 'Tagesordnungspunkt 3 der Sitzung 3', []],
    ]);
    expect(after.map((m) => m.title)).not.toContain('4. Sitzung: Ausschuss für Umwelt und Klima 1');
    expect(after.map((m) => m.title)).toContain('Sondersitzung (von Hand)');

    // A full run reads every list: the editor's meeting (no OParl id) is still not touched.
    const full = await runOparl(server.systemUrl, '--apply', '--full');
    expect(full.code, full.err).toBe(0);
    expect(full.out).toContain('Gespeichert: 0 Einträge geschrieben.');
    expect((await publicMeetings()).map((m) => m.title)).toContain('Sondersitzung (von Hand)');
    await contentManager('DELETE', `/collection-types/${MEETING_UID}/${own.body.data.documentId}`);
  }, 120_000);

  it('a meeting with an editor’s unpublished changes is not published by a sync: refused in German, nothing written', async () => {
    const meeting5 = (await imported()).find((m) => m.title.startsWith('5. Sitzung'))!;
    const path = `/collection-types/${MEETING_UID}/${meeting5.documentId}`;
    // The editor saves a new place without publishing ("Geändert" in the content manager).
    await saveDraft(path, { location: 'Raum 101 (Entwurf)' });
    const w5 = server.world.meetings[4]!;
    const before = w5.agendaItem[0]!.name;
    w5.agendaItem[0]!.name = `${before} (neu)`;
    touch(w5);
    // The previous test's clean-up (a deleted meeting) may still be building: count from a settled publisher.
    await waitSettled(publisher);
    const buildsBefore = await builds();
    const run = await runOparl(server.systemUrl, '--apply');
    expect(run.code, run.out).toBe(2);
    expect(run.err).toContain(
      `Sitzung „${meeting5.title}“ hat im CMS gespeicherte, noch nicht veröffentlichte Änderungen`,
    );
    expect(run.err).toContain('Es wurde nichts gespeichert.');
    const publicNow = (await publicMeetings()).find((m) => m.documentId === meeting5.documentId)!;
    expect(publicNow.location).not.toBe('Raum 101 (Entwurf)');
    expect(publicNow.agendaItems[0]!.title).toBe(before);
    expect(await builds()).toBe(buildsBefore);
    // Once the editor has published, the same sync goes through.
    expect((await contentManager('POST', `${path}/actions/publish`, await editable(path))).status).toBe(200);
    const again = await runOparl(server.systemUrl, '--apply');
    expect(again.code, again.err).toBe(0);
    const after = (await publicMeetings()).find((m) => m.documentId === meeting5.documentId)!;
    expect(after.agendaItems[0]!.title).toBe(`${before} (neu)`);
    // The place is the council system's field: the sync sets it back to the system's value.
    expect(after.location).toBe(publicNow.location);
  }, 120_000);

  it('refuses the sync to the public and to the build token', async () => {
    for (const token of [undefined, inject('buildToken')]) {
      const res = await fetch(`${inject('cmsUrl')}/api/oparl/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ dryRun: false, bodies: [], meetings: [], deletedMeetings: [], completeBodies: [] }),
      });
      expect(res.status).toBe(403);
    }
  });
});

async function bodyOf(meeting: { documentId: string }): Promise<string> {
  const res = await contentManager<{ data: { body: { documentId: string } | { count: number } } }>(
    'GET',
    `/collection-types/${MEETING_UID}/${meeting.documentId}?populate[body]=true`,
  );
  const body = res.body.data.body as { documentId?: string };
  if (body.documentId) return body.documentId;
  const bodies = await getAll('bodies', 'fields[0]=name');
  return bodies.find((b) => b.name === 'Stadtrat')!.documentId;
}

/** A meeting's draft as the content manager's form holds it: its fields without the system ones. */
async function editable(path: string): Promise<Record<string, unknown> & { agendaItems: { id: number }[] }> {
  const current = await contentManager<{ data: Record<string, unknown> & { agendaItems: { id: number }[] } }>(
    'GET',
    path,
  );
  const { agendaItems, ...rest } = current.body.data;
  return {
    ...Object.fromEntries(
      Object.entries(rest).filter(
        ([k]) =>
          ![
            'id',
            'documentId',
            'createdAt',
            'updatedAt',
            'publishedAt',
            'createdBy',
            'updatedBy',
            'localizations',
            'locale',
            'status',
          ].includes(k),
      ),
    ),
    agendaItems,
  };
}

/** As an editor in the content manager: changes saved, not published. */
async function saveDraft(path: string, change: Record<string, unknown>): Promise<void> {
  const saved = await contentManager('PUT', path, { ...(await editable(path)), ...change });
  if (saved.status !== 200) throw new Error(`saving failed: ${saved.status} ${JSON.stringify(saved.body)}`);
}

/** As an editor in the content manager: the first agenda item of a meeting gets a tile; saved and published. */
async function linkTileToFirstItem(documentId: string, tileDocumentId: string): Promise<void> {
  const path = `/collection-types/${MEETING_UID}/${documentId}`;
  const { agendaItems, ...rest } = await editable(path);
  const data = {
    ...rest,
    agendaItems: agendaItems.map((a, i) =>
      i === 0 ? { ...a, tiles: { connect: [{ documentId: tileDocumentId }] } } : a,
    ),
  };
  const saved = await contentManager('PUT', path, data);
  if (saved.status !== 200) throw new Error(`saving failed: ${saved.status} ${JSON.stringify(saved.body)}`);
  const published = await contentManager('POST', `${path}/actions/publish`, data);
  if (published.status !== 200)
    throw new Error(`publishing failed: ${published.status} ${JSON.stringify(published.body)}`);
}
