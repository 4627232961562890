// The council data the test OParl server serves, shaped after the OParl 1.1
// specification's examples (examples/Meeting-01.json, AgendaItem, File):
// one Körperschaft, Gremien (and a Fraktion, which the sync leaves out),
// meetings with embedded agenda items and files. Tests change it between
// syncs (touch, delete) as a council office would.

export interface WorldFile {
  id: string;
  name: string;
  accessUrl: string;
}

export interface WorldAgendaItem {
  id: string;
  number: string;
  name: string;
  public: boolean;
  result?: string;
  resolutionText?: string;
  /** Sent as the OParl 1.0 name `resolution` (a vendor quirk). */
  oldFieldNames?: boolean;
  auxiliaryFile?: WorldFile[];
  deleted?: boolean;
  modified: string;
}

export interface WorldMeeting {
  id: string;
  organization: string;
  name: string;
  start: string;
  end?: string;
  meetingState: string;
  cancelled?: boolean;
  location?: { description?: string; streetAddress?: string; room?: string };
  invitation?: WorldFile;
  agendaItem: WorldAgendaItem[];
  deleted?: boolean;
  created: string;
  modified: string;
}

export interface WorldOrganization {
  id: string;
  name: string;
  shortName?: string;
  classification: string;
}

export interface World {
  base: string;
  organizations: WorldOrganization[];
  meetings: WorldMeeting[];
}

export const FIXED_CREATED = '2025-01-10T09:00:00+01:00';

/** A council of `meetings` sessions over `bodies` Gremien, `itemsPerMeeting` agenda items each. */
export function makeWorld(
  base: string,
  {
    bodies = 2,
    meetings = 6,
    itemsPerMeeting = 3,
  }: { bodies?: number; meetings?: number; itemsPerMeeting?: number } = {},
): World {
  const organizations: WorldOrganization[] = [
    { id: `${base}/organization/1`, name: 'Stadtrat', shortName: 'SR', classification: 'Parlament' },
    ...Array.from({ length: bodies - 1 }, (_, i) => ({
      id: `${base}/organization/${i + 2}`,
      name: `Ausschuss für Umwelt und Klima ${i + 1}`,
      shortName: `UKA${i + 1}`,
      classification: 'Ausschuss',
    })),
    { id: `${base}/organization/99`, name: 'Fraktion Beispiel', classification: 'Fraktion' },
  ];
  const list: WorldMeeting[] = Array.from({ length: meetings }, (_, m) => {
    const org = organizations[m % bodies]!;
    const day = new Date(Date.UTC(2025, 1, 3 + m, 15, 0));
    const id = `${base}/meeting/${m + 1}`;
    return {
      id,
      organization: org.id,
      name: `${m + 1}. Sitzung: ${org.name}`,
      start: day.toISOString(),
      end: new Date(day.getTime() + 2 * 3600_000).toISOString(),
      meetingState: m % 3 === 0 ? 'durchgeführt' : 'eingeladen',
      location: { description: 'Rathaus', room: 'Großer Sitzungssaal', streetAddress: 'Dalbergstraße 15' },
      invitation: { id: `${id}/file/inv`, name: 'Einladung', accessUrl: `${base}/files/${m + 1}/einladung.pdf` },
      agendaItem: Array.from({ length: itemsPerMeeting }, (_, a) => ({
        id: `${id}/agendaItem/${a + 1}`,
        number: `${a + 1}.`,
        name: `Tagesordnungspunkt ${a + 1} der Sitzung ${m + 1}`,
        public: true,
        modified: FIXED_CREATED,
      })),
      created: FIXED_CREATED,
      modified: FIXED_CREATED,
    };
  });
  return { base, organizations, meetings: list };
}

/** Marks a meeting as changed now (its `modified`), as a server must when anything it embeds changes. */
export function touch(meeting: WorldMeeting, at = new Date()): void {
  meeting.modified = at.toISOString();
}
