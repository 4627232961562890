// Saved drafts in the publishing history ("Ohne Neubau"), without the draft
// events that are part of a publication. When an editor clicks
// "Veröffentlichen" on a changed or new entry, Strapi first saves the draft
// (entry.update or entry.create) and then publishes it (entry.publish); for
// a KPI with changed values the smart-data plugin also sets the draft's
// "Datenstand" (data-as-of.ts). Webhooks may arrive in any order. Listed as
// "Entwurf … gespeichert – keine Veröffentlichung nötig", those events told
// the editor that the publication had not been published. A draft event of an entry published within PUBLICATION_MS
// before or after it belongs to that publication and is not listed.
import { draftSavedInWords, eventParts, noBuildInWords } from './event-words.ts';
import type { StatusStore } from './status-store.ts';

/** How far apart a publication's draft events and its entry.publish may arrive (they come within milliseconds). */
export const PUBLICATION_MS = 2000;

export function createDraftSaves(status: StatusStore, now = () => Date.now()) {
  /** When each entry (by its words, e.g. "Kennzahl KLI-01") was last published. */
  const publishedAt = new Map<string, number>();
  const forgetOld = () => {
    for (const [subject, at] of publishedAt) if (now() - at > PUBLICATION_MS) publishedAt.delete(subject);
  };
  return {
    /** An event that starts a live build: a publication takes back the draft events just listed for its entry. */
    live(body: string): void {
      const parts = eventParts(body);
      if (parts?.event !== 'entry.publish') return;
      forgetOld();
      publishedAt.set(parts.subject, now());
      const since = new Date(now() - PUBLICATION_MS);
      // Not logged: seeding the demo publishes 136 entries, and a line each buried the start's log.
      status.withdrawNoBuild([draftSavedInWords(parts.subject, false), draftSavedInWords(parts.subject, true)], since);
    },
    /** A saved draft: listed, unless it is part of a publication of the same entry. */
    draft(body: string): void {
      const subject = eventParts(body)?.subject;
      forgetOld();
      if (subject !== undefined && publishedAt.has(subject)) return;
      status.recordNoBuild(noBuildInWords(body, 'draft'), new Date(now()));
    },
  };
}
