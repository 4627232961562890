// What a council-data sync changes in one body or meeting: pure comparisons
// of an entry as the CMS holds it (its draft) with the same OParl object as
// the command mapped it. Only the fields the sync owns are compared; editors'
// fields (description, order, session number, the agenda items' tiles, KPIs,
// SDGs, consultation type, climate impact, …) are never looked at, so a sync
// that finds nothing new writes nothing.
import {
  EDITOR_LABELS_DE,
  type OparlAgendaItemInput,
  type OparlBodyInput,
  type OparlLink,
  type OparlMeetingInput,
} from '@sdd/shared-types';
import { UID } from '../uids';

export type StoredLink = { label?: string | null; url?: string | null; paperOparlId?: string | null };
type Ref = { documentId: string };
export type StoredAgendaItem = {
  oparlId?: string | null;
  number?: string | null;
  title?: string | null;
  public?: boolean | null;
  result?: string | null;
  resolutionText?: string | null;
  links?: StoredLink[] | null;
  consultationType?: string | null;
  resolutionProposal?: string | null;
  reasoning?: string | null;
  climateImpact?: string | null;
  causesCosts?: boolean | null;
  tiles?: Ref[] | null;
  kpis?: Ref[] | null;
  sdgs?: Ref[] | null;
};
export type StoredMeeting = {
  documentId: string;
  updatedAt?: string | null;
  oparlId?: string | null;
  title?: string | null;
  start?: string | null;
  end?: string | null;
  location?: string | null;
  meetingStatus?: string | null;
  dataAsOf?: string | null;
  body?: (Ref & { oparlId?: string | null }) | null;
  documents?: StoredLink[] | null;
  agendaItems?: StoredAgendaItem[] | null;
};
export type StoredBody = {
  documentId: string;
  oparlId?: string | null;
  name?: string | null;
  shortName?: string | null;
  kind?: string | null;
  website?: string | null;
};

const label = (uid: string, field: string) => EDITOR_LABELS_DE[uid]?.[field]?.[0] ?? field;
const text = (v: string | null | undefined) => (v ?? '').trim();
const time = (v: string | null | undefined) => (v ? new Date(v).getTime() : null);
const sameLinks = (a: readonly StoredLink[] | null | undefined, b: readonly OparlLink[]) =>
  (a ?? []).length === b.length &&
  b.every(
    (l, i) =>
      text(a![i]!.label) === l.label &&
      text(a![i]!.url) === l.url &&
      text(a![i]!.paperOparlId) === text(l.paperOparlId),
  );
/** A link as the CMS stores it: the paper's id only where the link came from a paper. */
const storedLink = (l: OparlLink) => ({ label: l.label, url: l.url, paperOparlId: l.paperOparlId ?? null });

/** The body's fields that differ, in German words (empty: nothing to write). */
export function bodyDifferences(stored: StoredBody, input: OparlBodyInput): string[] {
  const fields: (keyof OparlBodyInput)[] = ['name', 'shortName', 'kind', 'website'];
  return fields.filter((f) => text(stored[f as keyof StoredBody]) !== text(input[f])).map((f) => label(UID.body, f));
}

function itemDiffers(stored: StoredAgendaItem, input: OparlAgendaItemInput): boolean {
  return (
    text(stored.number) !== input.number ||
    text(stored.title) !== input.title ||
    (stored.public ?? true) !== input.public ||
    text(stored.result) !== text(input.result) ||
    text(stored.resolutionText) !== text(input.resolutionText) ||
    (input.consultationType !== null && stored.consultationType !== input.consultationType) ||
    !sameLinks(stored.links, input.links)
  );
}

export type AgendaDifferences = {
  created: OparlAgendaItemInput[];
  updated: OparlAgendaItemInput[];
  /** Imported items no longer on the agenda upstream (deleted or dropped). */
  removed: StoredAgendaItem[];
  /** The imported items' order differs. */
  reordered: boolean;
};

export function agendaDifferences(stored: readonly StoredAgendaItem[], input: readonly OparlAgendaItemInput[]) {
  const imported = stored.filter((a) => a.oparlId);
  const byId = new Map(imported.map((a) => [a.oparlId!, a]));
  const incoming = new Set(input.map((a) => a.oparlId));
  const result: AgendaDifferences = {
    created: input.filter((a) => !byId.has(a.oparlId)),
    updated: input.filter((a) => byId.has(a.oparlId) && itemDiffers(byId.get(a.oparlId)!, a)),
    removed: imported.filter((a) => !incoming.has(a.oparlId!)),
    reordered: false,
  };
  const kept = imported.filter((a) => incoming.has(a.oparlId!)).map((a) => a.oparlId);
  const wanted = input.filter((a) => byId.has(a.oparlId)).map((a) => a.oparlId);
  result.reordered = kept.some((id, i) => id !== wanted[i]);
  return result;
}

/** The meeting's own fields that differ, in German words; the agenda is compared by `agendaDifferences`. */
export function meetingDifferences(stored: StoredMeeting, input: OparlMeetingInput, bodyDocumentId: string): string[] {
  const changed: string[] = [];
  const check = (differs: boolean, field: string) => differs && changed.push(label(UID.meeting, field));
  check(text(stored.title) !== input.title, 'title');
  check(stored.body?.documentId !== bodyDocumentId, 'body');
  check(time(stored.start) !== time(input.start), 'start');
  check(time(stored.end) !== time(input.end), 'end');
  check(text(stored.location) !== text(input.location), 'location');
  check(stored.meetingStatus !== input.meetingStatus, 'meetingStatus');
  check(time(stored.dataAsOf) !== time(input.dataAsOf), 'dataAsOf');
  check(!sameLinks(stored.documents, input.documents), 'documents');
  return changed;
}

const refs = (list: Ref[] | null | undefined) => (list ?? []).map((r) => r.documentId);

/**
 * The agenda to write: the upstream items in upstream order, each keeping
 * the editor's fields of the stored item with the same OParl id; then the
 * items editors added themselves (no OParl id), as they were.
 */
export function mergedAgenda(stored: readonly StoredAgendaItem[], input: readonly OparlAgendaItemInput[]) {
  const byId = new Map(stored.filter((a) => a.oparlId).map((a) => [a.oparlId!, a]));
  const editorsOwn = (a: StoredAgendaItem) => ({
    consultationType: a.consultationType ?? undefined,
    resolutionProposal: a.resolutionProposal ?? null,
    reasoning: a.reasoning ?? null,
    climateImpact: a.climateImpact ?? undefined,
    causesCosts: a.causesCosts ?? false,
    tiles: refs(a.tiles),
    kpis: refs(a.kpis),
    sdgs: refs(a.sdgs),
  });
  const upstream = input.map((a) => {
    const before = byId.get(a.oparlId);
    // Without a role upstream, the Beratungstyp stays the editor's (or the CMS default for a new item).
    const consultationType = a.consultationType ?? before?.consultationType ?? undefined;
    return { ...(before ? editorsOwn(before) : {}), ...a, consultationType, links: a.links.map(storedLink) };
  });
  const own = stored
    .filter((a) => !a.oparlId)
    .map((a) => ({
      ...editorsOwn(a),
      number: a.number,
      title: a.title,
      public: a.public ?? true,
      result: a.result ?? null,
      resolutionText: a.resolutionText ?? null,
      links: (a.links ?? []).map((l) => ({ label: l.label, url: l.url })),
    }));
  return [...upstream, ...own];
}

/**
 * A meeting's imported agenda items as sync input, with the links of changed
 * papers replaced and those of deleted papers dropped (an incremental sync
 * where the paper changed but its meeting did not); undefined when no item
 * shows any of these papers. Links carry the paper's id only when the sync
 * took them from a paper, so nothing is added to an item that did not show
 * the paper before; a non-public item gets none.
 */
export function withPaperChanges(
  stored: readonly StoredAgendaItem[],
  papers: ReadonlyMap<string, readonly OparlLink[]>,
  deletedPapers: ReadonlySet<string>,
): OparlAgendaItemInput[] | undefined {
  const touched = (l: StoredLink) =>
    !!l.paperOparlId && (papers.has(l.paperOparlId) || deletedPapers.has(l.paperOparlId));
  const items = stored.filter((a) => a.oparlId);
  if (!items.some((a) => (a.links ?? []).some(touched))) return undefined;
  return items.map((a) => {
    const links: OparlLink[] = [];
    const done = new Set<string>();
    for (const l of a.links ?? []) {
      const paper = l.paperOparlId ?? undefined;
      if (!paper || !touched(l)) {
        links.push({ label: text(l.label), url: text(l.url), ...(paper ? { paperOparlId: paper } : {}) });
        continue;
      }
      // A paper's links stand together: put its new ones where its first old one stood. An item made
      // non-public since only loses them (nothing of a paper on a non-public item).
      if (done.has(paper)) continue;
      done.add(paper);
      if (a.public !== false) links.push(...(papers.get(paper) ?? []));
    }
    return {
      oparlId: a.oparlId!,
      number: text(a.number),
      title: text(a.title),
      public: a.public ?? true,
      result: a.result ?? null,
      resolutionText: a.resolutionText ?? null,
      consultationType: null,
      links,
    };
  });
}
