// The papers (Drucksachen) behind agenda items: AgendaItem.consultation →
// Consultation.paper → Paper. The Body's flat lists `paper` and
// `consultation` (OParl 1.1) are read once, with `modified_since` after a
// first run like the meeting lists, and joined by id, instead of one request
// per item. What the lists do not hold (an unchanged paper on a changed
// meeting in an incremental run, a 1.0 server without a consultation list) is
// fetched one by one and kept for the rest of the run. Tolerated: the
// consultation as a URL or embedded, the 1.0 name `consultations[]`, the
// paper as a URL or embedded, deleted objects, a 404 for a single one.
import { withModifiedSince, type OparlClient } from './client.ts';
import { paperLinks, type ItemPaper } from './mapping.ts';
import {
  consultationSchema,
  paperSchema,
  type OparlAgendaItem,
  type OparlBody,
  type OparlConsultation,
  type OparlPaper,
} from './schemas.ts';
import type { OparlPaperInput } from '@sdd/shared-types';

export interface PaperReader {
  /** The item's consultations with their (not deleted) papers, in the item's order. */
  papersOf(a: OparlAgendaItem): Promise<ItemPaper[]>;
  /** Papers changed since the last run, as links (incremental runs; empty on a full one). */
  changedPapers(): OparlPaperInput[];
  /** Papers the server reports as deleted. */
  deletedPapers(): string[];
  /** Meetings (URLs) of consultations changed since the last run: their role or paper may be new. */
  changedConsultationMeetings(): string[];
  /** What could not be found (German), for the run's notes. */
  notes: string[];
}

type Ref = string | { id: string };

export async function readPapers(client: OparlClient, body: OparlBody, since: Date | undefined): Promise<PaperReader> {
  const papers = new Map<string, OparlPaper>();
  const consultations = new Map<string, OparlConsultation>();
  const deleted = new Set<string>();
  const changed: OparlPaper[] = [];
  const changedMeetings = new Set<string>();
  const notes: string[] = [];

  if (body.paper)
    for await (const item of client.list(withModifiedSince(body.paper, since))) {
      const p = paperSchema.safeParse(item);
      if (!p.success) continue;
      papers.set(p.data.id, p.data);
      if (p.data.deleted) deleted.add(p.data.id);
      else if (since) changed.push(p.data);
    }
  if (body.consultation)
    for await (const item of client.list(withModifiedSince(body.consultation, since))) {
      const c = consultationSchema.safeParse(item);
      if (!c.success) continue;
      consultations.set(c.data.id, c.data);
      if (since && !c.data.deleted && c.data.meeting) changedMeetings.add(c.data.meeting);
    }

  /** One object by its URL, or the embedded one; undefined (and a note) when the server has no such object. */
  async function one<T extends { id: string }>(
    ref: Ref,
    known: Map<string, T>,
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
    what: string,
  ): Promise<T | undefined> {
    if (typeof ref !== 'string') {
      const embedded = schema.safeParse(ref);
      return embedded.success ? embedded.data : undefined;
    }
    if (known.has(ref)) return known.get(ref);
    const answer = await client.get(ref, true);
    const parsed = schema.safeParse(answer.json);
    if (answer.status === 404 || !parsed.success) {
      notes.push(`${what} ${ref} ist nicht abrufbar; der Tagesordnungspunkt zeigt sie nicht.`);
      return undefined;
    }
    known.set(ref, parsed.data);
    return parsed.data;
  }

  return {
    async papersOf(a) {
      const out: ItemPaper[] = [];
      for (const ref of [...(a.consultation ? [a.consultation] : []), ...a.consultations]) {
        const c = await one(ref, consultations, consultationSchema, 'Die Beratung');
        if (!c || c.deleted || !c.paper) continue;
        const p = await one(c.paper, papers, paperSchema, 'Die Drucksache');
        if (p && !p.deleted) out.push({ paper: p, role: c.role });
      }
      return out;
    },
    changedPapers: () => changed.map((p) => ({ oparlId: p.id, links: paperLinks(p) })),
    deletedPapers: () => [...deleted],
    changedConsultationMeetings: () => [...changedMeetings],
    notes,
  };
}
