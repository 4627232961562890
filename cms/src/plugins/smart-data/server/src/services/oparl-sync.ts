// Writes the council data the OParl command sends, all or nothing: one
// transaction through the document service (so the editor rules and the
// slug middleware run as for a typed entry, and Strapi's webhook events
// follow the commit only: one burst, one site build; a failure emits none).
// Entries are matched by their OParl id; only what differs is written, so a
// sync with nothing new writes nothing. Meetings gone upstream are
// unpublished, never deleted (editors' links from their agenda items stay);
// a meeting without an OParl id (typed by an editor) is never touched.
// Non-public agenda items are stored as non-public: the public API and the
// snapshot leave them out (controllers/agenda-item-guard.ts, shared-types snapshot).
import type { OparlChange, OparlMeetingInput, OparlSyncRequest, OparlSyncResult } from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../uids';
import {
  agendaDifferences,
  bodyDifferences,
  meetingDifferences,
  mergedAgenda,
  withPaperChanges,
  type StoredBody,
  type StoredMeeting,
} from './oparl-diff';

const MEETING_POPULATE = {
  body: true,
  documents: true,
  agendaItems: {
    populate: {
      links: true,
      tiles: { fields: ['documentId'] },
      kpis: { fields: ['documentId'] },
      sdgs: { fields: ['documentId'] },
    },
  },
} as const;

type Documents = {
  findMany(params: object): Promise<unknown[]>;
  create(params: object): Promise<{ documentId: string }>;
  update(params: object): Promise<unknown>;
  unpublish(params: object): Promise<unknown>;
};

const meetingData = (m: OparlMeetingInput, body: string) => ({
  oparlId: m.oparlId,
  title: m.title,
  body,
  start: m.start,
  end: m.end,
  location: m.location,
  meetingStatus: m.meetingStatus,
  dataAsOf: m.dataAsOf,
  documents: m.documents.map((d) => ({ ...d })),
});

export const oparlSync = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (uid: string) => strapi.documents(uid as never) as unknown as Documents;

  // `oparlId` is private (kept out of the public API), and the document service refuses filters on private
  // fields: every entry is read and the imported ones are picked here (hundreds, not millions).
  async function storedBodies(): Promise<Map<string, StoredBody>> {
    const rows = (await docs(UID.body).findMany({})) as StoredBody[];
    return new Map(rows.filter((b) => b.oparlId).map((b) => [b.oparlId!, b]));
  }

  async function storedMeetings() {
    const drafts = (await docs(UID.meeting).findMany({
      status: 'draft',
      populate: MEETING_POPULATE,
    })) as StoredMeeting[];
    const published = (await docs(UID.meeting).findMany({
      status: 'published',
      fields: ['documentId', 'updatedAt'],
    })) as { documentId: string; updatedAt: string }[];
    const live = new Set(published.map((m) => m.documentId));
    const publishedAt = new Map(published.map((m) => [m.documentId, Date.parse(m.updatedAt)]));
    // The content manager's own rule for "Geändert": the draft was saved after the published version.
    const hasUnpublishedChanges = (m: StoredMeeting) =>
      live.has(m.documentId) && Date.parse(m.updatedAt ?? '') > (publishedAt.get(m.documentId) ?? Infinity);
    return {
      byId: new Map(drafts.filter((m) => m.oparlId).map((m) => [m.oparlId!, m])),
      live,
      hasUnpublishedChanges,
    };
  }

  /** Compares, and unless it is a dry run, writes; runs inside the caller's transaction. */
  async function run(request: OparlSyncRequest): Promise<OparlSyncResult> {
    const changes: OparlChange[] = [];
    let writes = 0;
    let removedAgendaItems = 0;
    const write = async (fn: () => Promise<unknown>) => {
      if (request.dryRun) return;
      await fn();
      writes++;
    };

    const bodies = await storedBodies();
    const bodyDocumentIds = new Map([...bodies].map(([id, b]) => [id, b.documentId]));
    for (const input of request.bodies) {
      const stored = bodies.get(input.oparlId);
      if (!stored) {
        changes.push({ action: 'create', type: 'body', oparlId: input.oparlId, name: input.name, detail: '' });
        await write(async () => {
          const created = await docs(UID.body).create({ data: { ...input, order: 0 } });
          bodyDocumentIds.set(input.oparlId, created.documentId);
        });
        if (request.dryRun) bodyDocumentIds.set(input.oparlId, `neu:${input.oparlId}`);
        continue;
      }
      const differences = bodyDifferences(stored, input);
      if (differences.length === 0) continue;
      changes.push({
        action: 'update',
        type: 'body',
        oparlId: input.oparlId,
        name: input.name,
        detail: differences.join(', '),
      });
      await write(() => docs(UID.body).update({ documentId: stored.documentId, data: input }));
    }

    const { byId, live, hasUnpublishedChanges } = await storedMeetings();
    const itemChange = (
      action: OparlChange['action'],
      a: { oparlId?: string | null; number?: string | null; title?: string | null },
      meetingTitle: string,
    ) =>
      changes.push({
        action,
        type: 'agenda-item',
        oparlId: a.oparlId ?? '',
        name: `${a.number ?? ''} ${a.title ?? ''}`.trim(),
        detail: meetingTitle,
      });
    /**
     * Reports and writes a stored meeting's upstream change; refuses (nothing written) over an editor's unpublished
     * one.
     */
    const updateMeeting = async (stored: StoredMeeting, title: string, differences: string[], data: object) => {
      changes.push({
        action: 'update',
        type: 'meeting',
        oparlId: stored.oparlId ?? '',
        name: title,
        detail: differences.join(', '),
      });
      // Publishing the upstream change would publish an editor's saved but unpublished changes with it.
      if (hasUnpublishedChanges(stored))
        throw new errors.ValidationError(
          `Sitzung „${stored.title ?? title}“ hat im CMS gespeicherte, noch nicht veröffentlichte Änderungen, und das Ratsinformationssystem hat sie ebenfalls geändert (${differences.join(', ')}). Bitte die Sitzung im CMS veröffentlichen oder ihre Änderungen verwerfen, dann den Abgleich wiederholen. Es wurde nichts gespeichert.`,
        );
      // A meeting an editor unpublished stays unpublished; the draft still follows upstream.
      const status = live.has(stored.documentId) ? { status: 'published' } : {};
      await write(() => docs(UID.meeting).update({ documentId: stored.documentId, data, ...status }));
    };
    for (const input of request.meetings) {
      const body = bodyDocumentIds.get(input.body);
      if (!body)
        throw new errors.ValidationError(
          `Sitzung „${input.title}“ (${input.oparlId}): ihr Gremium ${input.body} ist weder in der Anfrage noch im CMS. Es wurde nichts gespeichert.`,
        );
      const stored = byId.get(input.oparlId);
      const agenda = agendaDifferences(stored?.agendaItems ?? [], input.agendaItems);
      const differences = stored ? meetingDifferences(stored, input, body) : [];
      for (const a of agenda.created) itemChange('create', a, input.title);
      for (const a of agenda.updated) itemChange('update', a, input.title);
      for (const a of agenda.removed) itemChange('remove', a, input.title);
      removedAgendaItems += agenda.removed.length;
      const data = {
        ...meetingData(input, body),
        agendaItems: mergedAgenda(stored?.agendaItems ?? [], input.agendaItems),
      };
      if (!stored) {
        changes.push({
          action: 'create',
          type: 'meeting',
          oparlId: input.oparlId,
          name: input.title,
          detail: input.start,
        });
        await write(() => docs(UID.meeting).create({ data, status: 'published' }));
        continue;
      }
      const agendaChanged =
        agenda.created.length + agenda.updated.length + agenda.removed.length > 0 || agenda.reordered;
      if (differences.length === 0 && !agendaChanged) continue;
      if (agendaChanged) differences.push('Tagesordnung');
      await updateMeeting(stored, input.title, differences, data);
    }

    // Papers changed or deleted upstream whose meetings did not change (incremental sync): their links on the
    // stored agenda items follow. A meeting in the request already got its items' current paper links above.
    const incoming = new Set(request.meetings.map((m) => m.oparlId));
    const papers = new Map(request.papers.map((p) => [p.oparlId, p.links]));
    const deletedPapers = new Set(request.deletedPapers);
    for (const [oparlId, stored] of papers.size + deletedPapers.size > 0 ? byId : []) {
      if (incoming.has(oparlId)) continue;
      const items = withPaperChanges(stored.agendaItems ?? [], papers, deletedPapers);
      const updated = items ? agendaDifferences(stored.agendaItems ?? [], items).updated : [];
      if (updated.length === 0) continue;
      const title = stored.title ?? oparlId;
      for (const a of updated) itemChange('update', a, title);
      await updateMeeting(stored, title, ['Tagesordnung (Drucksachen)'], {
        agendaItems: mergedAgenda(stored.agendaItems ?? [], items!),
      });
    }

    const complete = new Set(request.completeBodies);
    const gone = new Set(request.deletedMeetings);
    for (const [oparlId, stored] of byId) {
      const missing = !incoming.has(oparlId) && complete.has(stored.body?.oparlId ?? '');
      if (!(gone.has(oparlId) || missing) || !live.has(stored.documentId)) continue;
      changes.push({
        action: 'unpublish',
        type: 'meeting',
        oparlId,
        name: stored.title ?? oparlId,
        detail: gone.has(oparlId) ? 'im Ratsinformationssystem gelöscht' : 'nicht mehr im Ratsinformationssystem',
      });
      await write(() => docs(UID.meeting).unpublish({ documentId: stored.documentId }));
    }
    return { dryRun: request.dryRun, changes, writes, removedAgendaItems };
  }

  return {
    async sync(request: OparlSyncRequest): Promise<OparlSyncResult> {
      if (request.dryRun) return run(request);
      return strapi.db.transaction(() => run(request));
    },
  };
};
