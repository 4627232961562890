// Walks a council information system for the sync: System → the chosen Body
// (Körperschaft) → its organizations (Gremien; the chosen ones, or every one
// that looks like a council body) → each one's meeting list, with
// `modified_since` after a first run → the body's papers and consultations
// (read-papers.ts) for the agenda items' links. Meetings met through several
// organizations (joint sessions) are taken once, for their lead body.
import type { OparlBodyInput, OparlMeetingInput, OparlPaperInput } from '@sdd/shared-types';
import { OparlError, withModifiedSince, type OparlClient } from './client.ts';
import { isPublicItem, toBody, toMeeting, type ItemPaper } from './mapping.ts';
import { readPapers } from './read-papers.ts';
import {
  bodySchema,
  meetingSchema,
  organizationSchema,
  systemSchema,
  type OparlAgendaItem,
  type OparlMeeting,
  type OparlOrganization,
} from './schemas.ts';

export interface ReadOptions {
  systemUrl: string;
  /** OParl id of the Body (Körperschaft); needed when the system has several. */
  body?: string;
  /** OParl ids of the organizations (Gremien) to sync; empty: every council body, no party groups. */
  organizations: string[];
  /** Time of the last sync on the server's clock: only what changed since then. */
  since?: Date;
}

export interface ReadResult {
  /** The server's clock when reading began: the next run's `modified_since`. */
  serverTime: Date;
  bodies: OparlBodyInput[];
  meetings: OparlMeetingInput[];
  deletedMeetings: string[];
  /** Papers changed since the last run (incremental runs only), and those deleted upstream. */
  papers: OparlPaperInput[];
  deletedPapers: string[];
  notes: string[];
}

const PARTY_GROUP = /fraktion|partei|gruppe\b|einzelmitglied|person/i;

function parse<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  v: unknown,
  what: string,
) {
  const r = schema.safeParse(v);
  if (!r.success)
    throw new OparlError(`${what} hat nicht die Form, die OParl 1.1 vorschreibt (${JSON.stringify(v).slice(0, 120)}).`);
  return r.data;
}

export async function readSystem(client: OparlClient, options: ReadOptions): Promise<ReadResult> {
  const first = await client.get(options.systemUrl);
  const serverTime = first.date ?? new Date();
  const system = parse(systemSchema, first.json, `Das System unter ${options.systemUrl}`);
  const bodies = [];
  for await (const item of client.list(system.body)) {
    const b = bodySchema.safeParse(item);
    if (b.success && !b.data.deleted) bodies.push(b.data);
  }
  const body = options.body ? bodies.find((b) => b.id === options.body) : bodies.length === 1 ? bodies[0] : undefined;
  if (!body) {
    const list = bodies.map((b) => `  ${b.id}  ${b.name ?? ''}`).join('\n');
    throw new OparlError(
      options.body
        ? `Körperschaft ${options.body} gibt es in diesem System nicht. Vorhanden:\n${list}`
        : `Das System hat ${bodies.length} Körperschaften; bitte eine mit --body wählen:\n${list}`,
    );
  }
  if (!body.organization)
    throw new OparlError(`Die Körperschaft ${body.id} nennt keine Liste ihrer Gremien (organization).`);
  const organizations: OparlOrganization[] = [];
  for await (const item of client.list(body.organization)) {
    const o = organizationSchema.safeParse(item);
    if (o.success && !o.data.deleted) organizations.push(o.data);
  }
  const wanted = new Set(options.organizations);
  const chosen =
    wanted.size > 0
      ? organizations.filter((o) => wanted.has(o.id))
      : organizations.filter((o) => !PARTY_GROUP.test(`${o.classification ?? ''} ${o.organizationType ?? ''}`));
  const missing = [...wanted].filter((id) => !organizations.some((o) => o.id === id));
  if (missing.length > 0)
    throw new OparlError(
      `Diese Gremien gibt es in der Körperschaft nicht: ${missing.join(', ')}. Die Liste zeigt: npm run oparl -- ${options.systemUrl} --gremien`,
    );

  const result: ReadResult = {
    serverTime,
    bodies: chosen.map(toBody),
    meetings: [],
    deletedMeetings: [],
    papers: [],
    deletedPapers: [],
    notes: [],
  };
  const byId = new Map(result.bodies.map((b) => [b.oparlId, b]));
  const seen = new Set<string>();
  const read: { meeting: OparlMeeting; lead: OparlBodyInput }[] = [];
  for (const organization of chosen) {
    if (!organization.meeting) {
      result.notes.push(`Gremium „${organization.name ?? organization.id}“ nennt keine Sitzungsliste.`);
      continue;
    }
    for await (const item of client.list(withModifiedSince(organization.meeting, options.since))) {
      const m = meetingSchema.safeParse(item);
      if (!m.success) {
        result.notes.push(
          `Ein Eintrag der Sitzungsliste von „${organization.name ?? organization.id}“ ist keine Sitzung und wird übersprungen.`,
        );
        continue;
      }
      if (seen.has(m.data.id)) continue;
      seen.add(m.data.id);
      if (m.data.deleted) {
        result.deletedMeetings.push(m.data.id);
        continue;
      }
      const lead =
        m.data.organization.map((id) => byId.get(id)).find((b) => b !== undefined) ?? byId.get(organization.id)!;
      read.push({ meeting: m.data, lead });
    }
  }

  const papers = await readPapers(client, body, options.since);
  // A consultation changed (new role, another paper) while its meeting did not: that meeting is read again.
  for (const url of papers.changedConsultationMeetings()) {
    if (seen.has(url)) continue;
    seen.add(url);
    const m = meetingSchema.safeParse((await client.get(url, true)).json);
    const lead = m.success ? m.data.organization.map((id) => byId.get(id)).find((b) => b !== undefined) : undefined;
    if (m.success && lead && !m.data.deleted) read.push({ meeting: m.data, lead });
  }
  // Only public items' papers are looked up: a non-public item shows nothing of its paper.
  const itemPapers = new Map<OparlAgendaItem, ItemPaper[]>();
  for (const { meeting } of read)
    for (const a of meeting.agendaItem) if (!a.deleted && isPublicItem(a)) itemPapers.set(a, await papers.papersOf(a));
  for (const { meeting, lead } of read) {
    const mapped = toMeeting(meeting, lead, (a) => itemPapers.get(a) ?? []);
    result.notes.push(...mapped.notes);
    if (mapped.meeting) result.meetings.push(mapped.meeting);
  }
  result.papers = papers.changedPapers();
  result.deletedPapers = papers.deletedPapers();
  result.notes.push(...papers.notes);
  return result;
}

/** Every organization of the system's (chosen) body, for `--gremien`. */
export async function listOrganizations(client: OparlClient, systemUrl: string, bodyId?: string) {
  const system = parse(systemSchema, (await client.get(systemUrl)).json, `Das System unter ${systemUrl}`);
  const out: { body: string; id: string; name: string; classification: string }[] = [];
  for await (const item of client.list(system.body)) {
    const b = bodySchema.safeParse(item);
    if (!b.success || b.data.deleted || !b.data.organization || (bodyId && b.data.id !== bodyId)) continue;
    for await (const o of client.list(b.data.organization)) {
      const org = organizationSchema.safeParse(o);
      if (org.success && !org.data.deleted)
        out.push({
          body: b.data.name ?? b.data.id,
          id: org.data.id,
          name: org.data.name ?? '',
          classification: org.data.classification ?? '',
        });
    }
  }
  return out;
}
