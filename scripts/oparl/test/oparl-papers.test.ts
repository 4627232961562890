// Papers (Drucksachen) on agenda items, read from the local test server: the
// Body's paper and consultation lists over several pages, joined by id; the
// consultation as URL, embedded or 1.0 `consultations[]`; a deleted paper;
// a non-public item whose paper must leave no trace; incremental runs with
// changed and deleted papers. No CMS involved (the sync test has it).
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../client.ts';
import { consultationType, paperLinks, toMeeting } from '../mapping.ts';
import { readSystem } from '../read-system.ts';
import { meetingSchema, paperSchema } from '../schemas.ts';
import { startOparlServer, type OparlTestServer } from './support/oparl-server.ts';
import { addPaper, makeWorld } from './support/oparl-world.ts';

const SECRET = 'Ankauf Geheimweg 5 von Firma Diskret GmbH';
const fast = { throttleMs: 0, tries: 3, backoffMs: 5, timeoutMs: 5000 };

let server: OparlTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * Meeting 1: item 1 paper by URL (Entscheidung), item 2 non-public with an embedded secret paper, item 3 1.0-style;
 * meeting 2: item 1 a deleted paper, items 2–3 papers without a page.
 */
async function councilWithPapers() {
  server = await startOparlServer((base) => makeWorld(base, { meetings: 3, itemsPerMeeting: 3 }), {
    pageSize: 2,
    missingType: true,
    emptyPageAs404: true,
  });
  const w = server.world;
  const [m1, m2] = w.meetings;
  const [a1, a2, a3] = m1!.agendaItem;
  a2!.public = false;
  const papers = [
    addPaper(w, m1!, a1!, { name: 'Klimaschutzkonzept 2030', role: 'Entscheidung' }),
    addPaper(w, m1!, a2!, { name: SECRET, role: 'Entscheidung', as: 'embedded' }),
    addPaper(w, m1!, a3!, { name: 'Radverkehrsplan', paperType: 'Antrag', role: 'Vorberatung', as: 'list' }),
    addPaper(w, m2!, m2!.agendaItem[0]!, { name: 'Zurückgezogene Vorlage', role: 'Kenntnisnahme' }),
    addPaper(w, m2!, m2!.agendaItem[1]!, { name: 'Ohne Webseite', role: 'Anhörung', web: false }),
    addPaper(w, m2!, m2!.agendaItem[2]!, { name: 'Ohne Webseite 2', role: 'Sonstiges', as: 'embedded', web: false }),
  ];
  papers[3]!.deleted = true;
  return { w, papers };
}

describe('OParl papers on agenda items', () => {
  it('full read: lists over several pages joined by id, each consultation shape, deleted paper left out', async () => {
    const { papers } = await councilWithPapers();
    const client = createClient(fast);
    const result = await readSystem(client, { systemUrl: server!.systemUrl, organizations: [] });
    const byId = (id: string) => result.meetings.find((m) => m.oparlId === id)!;
    const [m1, m2] = [byId(server!.world.meetings[0]!.id), byId(server!.world.meetings[1]!.id)];
    const url = server!.url;
    expect(m1!.agendaItems[0]).toMatchObject({
      consultationType: 'decision',
      links: [
        {
          label: 'Drucksache 0001/2025: Klimaschutzkonzept 2030 (Beschlussvorlage)',
          url: `${url}/web/vorlage/1`,
          paperOparlId: papers[0]!.id,
        },
        { label: 'Vorlage 1', url: `${url}/files/vorlage-1.pdf`, paperOparlId: papers[0]!.id },
      ],
    });
    expect(m1!.agendaItems[2]).toMatchObject({
      consultationType: 'preliminary-consultation',
      links: [{ label: 'Drucksache 0003/2025: Radverkehrsplan (Antrag)' }, { label: 'Vorlage 3' }],
    });
    // Deleted upstream: no link. Without a page: the main file is the link, once. Unknown role: no Beratungstyp.
    expect(m2!.agendaItems.map((a) => [a.consultationType, a.links.map((l) => [l.label, l.url])])).toEqual([
      [null, []],
      ['hearing', [['Drucksache 0005/2025: Ohne Webseite (Beschlussvorlage)', `${url}/files/vorlage-5.pdf`]]],
      [null, [['Drucksache 0006/2025: Ohne Webseite 2 (Beschlussvorlage)', `${url}/files/vorlage-6.pdf`]]],
    ]);
    // The non-public item: nothing of its paper, not even the role.
    expect(m1!.agendaItems[1]).toMatchObject({ public: false, consultationType: null, links: [] });
    expect(JSON.stringify(result)).not.toContain('Geheimweg');
    expect(JSON.stringify(result)).not.toContain('vorlage/2');
    // Joined from the lists: no paper or consultation was fetched on its own (6 papers, 6 consultations: 3 pages each).
    expect(result.papers).toEqual([]);
    expect(client.requests()).toBeLessThan(30);
  });

  it('incremental: changed and deleted papers are reported; an unchanged paper on a changed meeting is fetched', async () => {
    const { w, papers } = await councilWithPapers();
    const since = new Date();
    const later = new Date(since.getTime() + 1000).toISOString();
    papers[0]!.name = 'Klimaschutzkonzept 2030 (neu)';
    papers[0]!.modified = later;
    papers[4]!.deleted = true;
    papers[4]!.modified = later;
    w.meetings[0]!.agendaItem[2]!.name = 'Radverkehr (neu)';
    w.meetings[0]!.modified = later;
    const client = createClient(fast);
    const result = await readSystem(client, { systemUrl: server!.systemUrl, organizations: [], since });
    expect(result.papers).toEqual([
      {
        oparlId: papers[0]!.id,
        links: [
          expect.objectContaining({ label: 'Drucksache 0001/2025: Klimaschutzkonzept 2030 (neu) (Beschlussvorlage)' }),
          expect.objectContaining({ label: 'Vorlage 1' }),
        ],
      },
    ]);
    expect(result.deletedPapers).toEqual([papers[4]!.id]);
    expect(result.meetings).toHaveLength(1);
    // Consultation 3 and paper 3 did not change: not in the filtered lists, fetched by URL.
    expect(result.meetings[0]!.agendaItems[2]!.links[0]!.label).toBe('Drucksache 0003/2025: Radverkehrsplan (Antrag)');
    expect(JSON.stringify(result)).not.toContain('Geheimweg');
  });

  it('incremental: a consultation changed while its meeting did not brings that meeting along', async () => {
    const { w } = await councilWithPapers();
    const since = new Date();
    const consultation = w.consultations.find((c) => c.agendaItem === w.meetings[1]!.agendaItem[1]!.id)!;
    consultation.role = 'Entscheidung';
    consultation.modified = new Date(since.getTime() + 1000).toISOString();
    const result = await readSystem(createClient(fast), { systemUrl: server!.systemUrl, organizations: [], since });
    expect(result.meetings.map((m) => m.oparlId)).toEqual([w.meetings[1]!.id]);
    expect(result.meetings[0]!.agendaItems.map((a) => a.consultationType)).toEqual([null, 'decision', null]);
  });
});

describe('OParl paper mapping', () => {
  const paper = (v: object) => paperSchema.parse({ id: 'https://ris.example/p/1', ...v });

  it('label from reference, name and type; the page, else the main file; nothing without either', () => {
    expect(
      paperLinks(paper({ reference: '0123/2026', name: 'N', paperType: 'Beschlussvorlage', web: 'https://w/1' })),
    ).toEqual([
      {
        label: 'Drucksache 0123/2026: N (Beschlussvorlage)',
        url: 'https://w/1',
        paperOparlId: 'https://ris.example/p/1',
      },
    ]);
    expect(paperLinks(paper({ name: 'N', mainFile: { accessUrl: 'https://f//1.pdf' } }))).toEqual([
      { label: 'Drucksache: N', url: 'https://f/1.pdf', paperOparlId: 'https://ris.example/p/1' },
    ]);
    expect(paperLinks(paper({ name: 'N' }))).toEqual([]);
    expect(paperLinks(paper({ name: 'N', web: 'https://w/1', deleted: true }))).toEqual([]);
  });

  it('a non-public item shows nothing of its paper, even when one is handed to the mapping', () => {
    const m = meetingSchema.parse({
      id: 'https://ris.example/m/1',
      start: '2025-03-01T15:00:00+01:00',
      agendaItem: [
        { id: 'https://ris.example/a/1', number: '1', name: 'Offen' },
        { id: 'https://ris.example/a/2', number: '2', name: 'Grundstück', public: false },
      ],
    });
    const secret = paper({ reference: '9/2026', name: SECRET, web: 'https://w/9' });
    const body = {
      oparlId: 'https://ris.example/o/1',
      name: 'Rat',
      shortName: null,
      kind: 'council' as const,
      website: null,
    };
    const mapped = toMeeting(m, body, () => [{ paper: secret, role: 'Entscheidung' }]);
    expect(mapped.meeting!.agendaItems[0]!.links).toHaveLength(1);
    expect(mapped.meeting!.agendaItems[1]).toMatchObject({ consultationType: null, links: [] });
    expect(JSON.stringify(mapped.meeting!.agendaItems[1])).not.toContain('Geheimweg');
  });

  it('consultation roles become the Beratungstyp', () => {
    expect(
      ['Entscheidung', 'Vorberatung', 'Anhörung', 'Kenntnisnahme', 'Mitteilung', undefined].map(consultationType),
    ).toEqual(['decision', 'preliminary-consultation', 'hearing', 'for-information', null, null]);
  });
});
