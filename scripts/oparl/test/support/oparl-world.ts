// The council data the test OParl server serves, shaped after the OParl 1.1
// specification's examples (examples/Meeting-01.json, AgendaItem, File):
// one Körperschaft, Gremien (and a Fraktion, which the sync leaves out),
// meetings with embedded agenda items and files, papers (Drucksachen) with
// the consultations that put them on agenda items. Tests change it between
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
  /** The item's consultation, and how the server sends it: its URL, embedded, or as 1.0's `consultations[]`. */
  consultation?: { id: string; as: 'url' | 'embedded' | 'list' };
  deleted?: boolean;
  modified: string;
}

export interface WorldPaper {
  id: string;
  reference: string;
  name: string;
  paperType: string;
  web?: string;
  mainFile?: WorldFile;
  deleted?: boolean;
  modified: string;
}

export interface WorldConsultation {
  id: string;
  paper: string;
  meeting: string;
  agendaItem: string;
  role: string;
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
  papers: WorldPaper[];
  consultations: WorldConsultation[];
}

export const FIXED_CREATED = '2025-01-10T09:00:00+01:00';

/** A council of `meetings` sessions over `bodies` Gremien, `itemsPerMeeting` agenda items each. */
export function makeWorld(
  base: string,
  {
    bodies = 2,
    meetings = 6,
    itemsPerMeeting = 3,
    papers = false,
  }: { bodies?: number; meetings?: number; itemsPerMeeting?: number; papers?: boolean } = {},
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
  const world: World = { base, organizations, meetings: list, papers: [], consultations: [] };
  if (papers)
    list.forEach((m, i) =>
      m.agendaItem.forEach((a, j) =>
        addPaper(world, m, a, { name: `Vorlage zu TOP ${j + 1} der Sitzung ${i + 1}`, role: 'Vorberatung' }),
      ),
    );
  return world;
}

/** Puts a new paper (Drucksache) on an agenda item through a consultation; returns the paper. */
export function addPaper(
  world: World,
  meeting: WorldMeeting,
  item: WorldAgendaItem,
  {
    name,
    paperType = 'Beschlussvorlage',
    role,
    as = 'url',
    web = true,
  }: { name: string; paperType?: string; role: string; as?: 'url' | 'embedded' | 'list'; web?: boolean },
): WorldPaper {
  const n = world.papers.length + 1;
  const paper: WorldPaper = {
    id: `${world.base}/paper/${n}`,
    reference: `${String(n).padStart(4, '0')}/2025`,
    name,
    paperType,
    ...(web ? { web: `${world.base}/web/vorlage/${n}` } : {}),
    mainFile: {
      id: `${world.base}/file/p${n}`,
      name: `Vorlage ${n}`,
      accessUrl: `${world.base}/files/vorlage-${n}.pdf`,
    },
    modified: FIXED_CREATED,
  };
  const consultation: WorldConsultation = {
    id: `${world.base}/consultation/${n}`,
    paper: paper.id,
    meeting: meeting.id,
    agendaItem: item.id,
    role,
    modified: FIXED_CREATED,
  };
  world.papers.push(paper);
  world.consultations.push(consultation);
  item.consultation = { id: consultation.id, as };
  return paper;
}

/** Marks a meeting as changed now (its `modified`), as a server must when anything it embeds changes. */
export function touch(meeting: WorldMeeting, at = new Date()): void {
  meeting.modified = at.toISOString();
}
