// The OParl reading (client, schemas, mapping) against the local test server
// with each vendor quirk on: no CMS involved.
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, OparlError, parseLenientJson } from '../client.ts';
import { agendaNumber, meetingStatus } from '../mapping.ts';
import { readSystem } from '../read-system.ts';
import { meetingSchema } from '../schemas.ts';
import { startOparlServer, type OparlTestServer, type Quirks } from './support/oparl-server.ts';
import { makeWorld } from './support/oparl-world.ts';

let server: OparlTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { throttleMs: 0, tries: 3, backoffMs: 5, timeoutMs: 5000 };

async function read(quirks: Partial<Quirks>, world = { meetings: 7, itemsPerMeeting: 4 }, since?: Date) {
  server = await startOparlServer((base) => makeWorld(base, world), quirks);
  const client = createClient(fast);
  return {
    result: await readSystem(client, { systemUrl: server.systemUrl, organizations: [], ...(since ? { since } : {}) }),
    client,
  };
}

describe('OParl client', () => {
  it('follows links.next over many pages, ignoring wrong page counts, and leaves party groups out', async () => {
    const { result } = await read({ pageSize: 2 });
    expect(result.bodies.map((b) => b.name)).toEqual(['Stadtrat', 'Ausschuss für Umwelt und Klima 1']);
    expect(result.bodies.map((b) => b.kind)).toEqual(['council', 'committee']);
    expect(result.meetings).toHaveLength(7);
    expect(result.meetings[0]!.agendaItems.map((a) => a.number)).toEqual(['1', '2', '3', '4']);
    expect(result.meetings[0]!.documents).toEqual([
      { label: 'Einladung', url: `${server!.url}/files/1/einladung.pdf` },
    ]);
    expect(result.meetings[0]!.location).toBe('Rathaus, Großer Sitzungssaal, Dalbergstraße 15');
    expect(result.serverTime.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('survives every quirk at once: single Body, [] lists, missing type, single files, tabs in JSON, 500s', async () => {
    server = await startOparlServer((base) => makeWorld(base, { bodies: 3, meetings: 4, itemsPerMeeting: 2 }), {
      pageSize: 1,
      bodyAsSingleObject: true,
      emptyListAsArray: true,
      missingType: true,
      auxiliaryFileAsObject: true,
      controlCharacters: true,
      flaky500: 2,
    });
    // The third Gremium has no meetings: its list is a bare [].
    for (const m of server.world.meetings) m.organization = server.world.organizations[m.id.endsWith('1') ? 0 : 1]!.id;
    server.world.meetings[0]!.agendaItem[0]!.auxiliaryFile = [
      { id: `${server.url}/file/7`, name: 'Anlage 1 Lageplan', accessUrl: `${server.url}/files//7.pdf` },
    ];
    const client = createClient(fast);
    const result = await readSystem(client, { systemUrl: server.systemUrl, organizations: [] });
    expect(result.bodies).toHaveLength(3);
    expect(result.meetings).toHaveLength(4);
    expect(result.meetings[0]!.title).toBe('1. Sitzung: Stadtrat');
    expect(result.meetings[0]!.agendaItems[0]!.links).toEqual([
      { label: 'Anlage 1 Lageplan', url: `${server.url}/files/7.pdf` },
    ]);
    // System once; every list page (bodies 1, organizations 4, meetings 1 + 3 + 1, papers 1, consultations 1) three
    // times.
    expect(client.requests()).toBe(1 + 3 * (1 + 4 + 5 + 2));
  });

  it('a page that keeps failing ends the read with a German message naming the page', async () => {
    const run = read({ pageSize: 1, brokenFromPage: 3 });
    await expect(run).rejects.toThrow(OparlError);
    await expect(run).rejects.toThrow(/page=3.*antwortete nach 3 Versuchen nicht \(HTTP 500\)/);
  });

  it('with modified_since: deleted meetings are reported, a 404 for an empty page is an empty page', async () => {
    server = await startOparlServer((base) => makeWorld(base, { meetings: 4 }), { emptyPageAs404: true });
    const since = new Date();
    server.world.meetings[1]!.deleted = true;
    server.world.meetings[1]!.modified = new Date(since.getTime() + 1000).toISOString();
    const result = await readSystem(createClient(fast), { systemUrl: server.systemUrl, organizations: [], since });
    expect(result.meetings).toEqual([]);
    expect(result.deletedMeetings).toEqual([server.world.meetings[1]!.id]);
  });

  it('Sternberg: deleted meetings without type in an unfiltered list count as deleted', async () => {
    server = await startOparlServer((base) => makeWorld(base, { meetings: 3 }), { deletedInFullLists: true });
    server.world.meetings[2]!.deleted = true;
    const result = await readSystem(createClient(fast), { systemUrl: server.systemUrl, organizations: [] });
    expect(result.meetings.map((m) => m.oparlId)).not.toContain(server.world.meetings[2]!.id);
    expect(result.deletedMeetings).toEqual([server.world.meetings[2]!.id]);
  });

  it('only the chosen Gremien; an unknown one is named', async () => {
    server = await startOparlServer((base) => makeWorld(base, { bodies: 3, meetings: 6 }));
    const second = server.world.organizations[1]!.id;
    const client = createClient(fast);
    const result = await readSystem(client, { systemUrl: server.systemUrl, organizations: [second] });
    expect(result.bodies.map((b) => b.oparlId)).toEqual([second]);
    expect(result.meetings.every((m) => m.body === second)).toBe(true);
    await expect(
      readSystem(client, { systemUrl: server.systemUrl, organizations: [`${server.url}/organization/77`] }),
    ).rejects.toThrow(/Diese Gremien gibt es in der Körperschaft nicht: .*organization\/77/);
  });
});

const council = {
  oparlId: 'https://ris.example/o/1',
  name: 'Rat',
  shortName: null,
  kind: 'council' as const,
  website: null,
};

describe('OParl mapping', () => {
  it('agenda numbers as the CMS needs them', () => {
    expect(['10.', 'TOP 2.1', 'Ö 3', '4', 'C', '', undefined].map(agendaNumber)).toEqual([
      '10',
      '2.1',
      '3',
      '4',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('1.0 names, non-public by flag or by name, order by `order`, deleted items dropped, N/A is nothing', async () => {
    const m = meetingSchema.parse({
      id: 'https://ris.example/m/1',
      name: 'Sitzung',
      start: '2025-03-01T15:00:00+01:00',
      meetingState: 'durchgeführt',
      location: 'https://ris.example/location/1',
      agendaItem: [
        { id: 'https://ris.example/a/2', order: 1, number: 'C', name: 'Nichtöffentliche Personalsache', result: 'N/A' },
        {
          id: 'https://ris.example/a/1',
          order: 0,
          number: '1.',
          name: 'Bebauungsplan',
          resolution: 'Beschlossen wie Vorlage',
        },
        { id: 'https://ris.example/a/3', order: 2, deleted: true },
        { id: 'https://ris.example/a/4', order: 3, number: '3', name: 'Vergabe', public: false },
      ],
    });
    const { toMeeting } = await import('../mapping.ts');
    const mapped = toMeeting(m, council);
    expect(mapped.meeting!.location).toBeNull();
    expect(mapped.meeting!.agendaItems).toMatchObject([
      { number: '1', title: 'Bebauungsplan', public: true, resolutionText: 'Beschlossen wie Vorlage' },
      { number: '2', title: 'Nichtöffentliche Personalsache', public: false, result: null },
      { number: '3', title: 'Vergabe', public: false },
    ]);
    expect(mapped.notes).toEqual(['„Sitzung“: TOP-Nummer „C“ ist keine Zahl wie „2.1“; stattdessen „2“.']);
    expect(meetingStatus(m)).toBe('held');
    expect(meetingStatus({ ...m, cancelled: true })).toBe('cancelled');
  });

  it('a meeting without start is skipped with a note', async () => {
    const { toMeeting } = await import('../mapping.ts');
    const m = meetingSchema.parse({ id: 'https://ris.example/m/9', name: 'Ohne Termin' });
    const mapped = toMeeting(m, council);
    expect(mapped.meeting).toBeUndefined();
    expect(mapped.notes[0]).toMatch(/Ohne Termin.*keinen Beginn/);
  });

  it('JSON with raw control characters is read', () => {
    expect(parseLenientJson('{"name":"a\tb"}')).toEqual({ name: 'a b' });
  });
});
