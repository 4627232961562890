// OParl objects → what the CMS stores (shared-types oparl-sync.ts). Pure.
// Agenda numbers become the CMS's pattern ("10." → "10", "Ö 2.1" → "2.1");
// one that cannot ("C", "N 1a") takes its position instead and is reported.
// An item counts as public unless the server says `public: false` or its
// name says it is non-public: when in doubt, nothing is revealed by name only.
// A public item shows the papers (Drucksachen) of its consultations as links;
// a non-public one shows nothing of them (not even their names: the paper's
// title often says what the closed session is about).
import type {
  BodyKind,
  ConsultationType,
  MeetingStatus,
  OparlAgendaItemInput,
  OparlBodyInput,
  OparlLink,
  OparlMeetingInput,
} from '@sdd/shared-types';
import type { OparlAgendaItem, OparlFile, OparlMeeting, OparlOrganization, OparlPaper } from './schemas.ts';

/** An agenda item's consultation, resolved: the paper discussed and the consultation's role. */
export interface ItemPaper {
  paper: OparlPaper;
  role: string | undefined;
}

const NUMBER = /^\d{1,3}(\.\d{1,3})*$/;
const NON_PUBLIC_NAME = /nicht[\s-]?öffentlich/i;

export function bodyKind(o: OparlOrganization): BodyKind {
  const c = `${o.classification ?? ''} ${o.organizationType ?? ''} ${o.name ?? ''}`.toLowerCase();
  if (/parlament|stadtrat|gemeinderat|kreistag|rat der stadt|stadtverordnet|bezirksvertretung/.test(c))
    return 'council';
  if (/senat/.test(c)) return 'senate';
  if (/beirat/.test(c)) return 'advisory-board';
  if (/arbeitsgruppe|arbeitskreis|kommission/.test(c)) return 'working-group';
  if (/verwaltung|dezernat|amt\b/.test(c)) return 'administration';
  return 'committee';
}

export function toBody(o: OparlOrganization): OparlBodyInput {
  return {
    oparlId: o.id,
    name: o.name ?? o.shortName ?? o.id,
    shortName: o.shortName ?? null,
    kind: bodyKind(o),
    website: o.web ?? null,
  };
}

/** "10." → "10", "TOP 2.1" → "2.1", "Ö 3" → "3"; undefined when no number is left. */
export function agendaNumber(raw: string | undefined): string | undefined {
  const t = (raw ?? '').replace(/^[^\d]*/, '').replace(/[.\s]+$/, '');
  return NUMBER.test(t) ? t : undefined;
}

/** Repairs the broken file URLs some servers send (`files//rim`). */
const cleanUrl = (url: string) => url.replace(/([^:/])\/\/+/g, '$1/');

function link(file: OparlFile | undefined, fallback: string): OparlLink[] {
  const url = file?.accessUrl ?? file?.downloadUrl;
  if (!file || file.deleted || !url) return [];
  return [{ label: (file.name ?? file.fileName ?? fallback).slice(0, 255), url: cleanUrl(url) }];
}

/**
 * A paper's links, each tagged with its id: "Drucksache 0123/2026: Name (Beschlussvorlage)" to its page in the
 * council system (`web`), or to its main file when it has no page; then the main file itself if that is another URL.
 */
export function paperLinks(p: OparlPaper): OparlLink[] {
  if (p.deleted) return [];
  const heading = ['Drucksache', p.reference].filter(Boolean).join(' ');
  const label = `${heading}${p.name ? `: ${p.name}` : ''}${p.paperType ? ` (${p.paperType})` : ''}`.slice(0, 255);
  const file = link(p.mainFile, heading);
  const url = p.web ? cleanUrl(p.web) : file[0]?.url;
  if (!url) return [];
  const links = [{ label, url }, ...file.filter((f) => f.url !== url)];
  return links.map((l) => ({ ...l, paperOparlId: p.id }));
}

/**
 * Consultation.role → the CMS's Beratungstyp, whose four values are the roles OParl names ("Entscheidung",
 * "Vorberatung", "Anhörung", "Kenntnisnahme"). Taken into that existing field rather than into the link label:
 * the session page already shows it per item, and it needs no new field. Other roles: null (the editor's stays).
 */
export function consultationType(role: string | undefined): ConsultationType | null {
  const r = (role ?? '').toLowerCase();
  if (/entscheid|beschl/.test(r)) return 'decision';
  if (/vorberat/.test(r)) return 'preliminary-consultation';
  if (/anhör/.test(r)) return 'hearing';
  if (/kenntnis|information/.test(r)) return 'for-information';
  return null;
}

/** Whether an item may be shown: not when the server says so or its name or number says "nichtöffentlich". */
export const isPublicItem = (a: OparlAgendaItem) =>
  a.public !== false && !NON_PUBLIC_NAME.test(`${a.name ?? ''} ${a.number ?? ''}`);

export function meetingStatus(m: OparlMeeting): MeetingStatus {
  if (m.cancelled) return 'cancelled';
  const state = (m.meetingState ?? '').toLowerCase();
  if (/durchgeführt|beendet|abgeschlossen/.test(state)) return m.resultsProtocol ? 'minutes' : 'held';
  if (/eingeladen|einladung/.test(state)) return 'invitation';
  if (/abgesagt|ausgefallen/.test(state)) return 'cancelled';
  return 'scheduled';
}

function location(m: OparlMeeting): string | null {
  const l = m.location;
  if (!l) return null;
  const address = [l.streetAddress, [l.postalCode, l.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const parts = [l.description, l.room, address].filter((p): p is string => !!p && p.length > 0);
  return parts.length > 0 ? [...new Set(parts)].join(', ') : null;
}

const isoOrNull = (v: string | undefined) => (v && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null);

export interface MappedMeeting {
  meeting?: OparlMeetingInput;
  /** Why the meeting, or some of its items, could not be taken as they are (German). */
  notes: string[];
}

function toAgendaItem(
  a: OparlAgendaItem,
  position: number,
  notes: string[],
  title: string,
  papers: readonly ItemPaper[],
): OparlAgendaItemInput {
  const isPublic = isPublicItem(a);
  // Nothing of a paper on a non-public item: no label, no URL, no role.
  const shown = isPublic ? papers.filter((p, i) => papers.findIndex((q) => q.paper.id === p.paper.id) === i) : [];
  const number = agendaNumber(a.number) ?? String(position + 1);
  if (!agendaNumber(a.number))
    notes.push(`„${title}“: TOP-Nummer „${a.number ?? ''}“ ist keine Zahl wie „2.1“; stattdessen „${number}“.`);
  return {
    oparlId: a.id,
    number,
    title: a.name ?? (isPublic ? 'Tagesordnungspunkt' : 'Nichtöffentlicher Tagesordnungspunkt'),
    public: isPublic,
    result: a.result ?? null,
    resolutionText: a.resolutionText ?? a.resolution ?? null,
    consultationType: shown.map((p) => consultationType(p.role)).find((t) => t !== null) ?? null,
    links: [
      ...shown.flatMap((p) => paperLinks(p.paper)),
      ...link(a.resolutionFile, 'Beschluss'),
      ...a.auxiliaryFile.flatMap((f) => link(f, 'Anlage')),
    ],
  };
}

/**
 * A meeting for `body` (an organization's OParl id); without a start it cannot be shown and is skipped.
 * `papersOf` gives each agenda item's resolved consultations (read-system.ts asks only for public items).
 */
export function toMeeting(
  m: OparlMeeting,
  body: OparlBodyInput,
  papersOf: (a: OparlAgendaItem) => readonly ItemPaper[] = () => [],
): MappedMeeting {
  const notes: string[] = [];
  const start = isoOrNull(m.start);
  const title = m.name ?? `Sitzung: ${body.name}`;
  if (!start) return { notes: [`Sitzung „${title}“ (${m.id}) hat keinen Beginn und wird übersprungen.`] };
  const items = m.agendaItem
    .map((a, i) => ({ a, position: a.order ?? i }))
    .filter(({ a }) => !a.deleted)
    .sort((x, y) => x.position - y.position);
  const seen = new Set<string>();
  const agendaItems = items
    .filter(({ a }) => !seen.has(a.id) && !!seen.add(a.id))
    .map(({ a }, i) => toAgendaItem(a, i, notes, title, papersOf(a)));
  return {
    meeting: {
      oparlId: m.id,
      body: body.oparlId,
      title,
      start,
      end: isoOrNull(m.end),
      location: location(m),
      meetingStatus: meetingStatus(m),
      dataAsOf: isoOrNull(m.modified),
      documents: [
        ...link(m.invitation, 'Einladung'),
        ...link(m.resultsProtocol, 'Ergebnisprotokoll'),
        ...link(m.verbatimProtocol, 'Wortprotokoll'),
        ...m.auxiliaryFile.flatMap((f) => link(f, 'Anlage')),
      ],
      agendaItems,
    },
    notes,
  };
}
