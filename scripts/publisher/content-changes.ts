// What changed since the last snapshot, from the webhooks that asked for a
// build: when it was nothing but KPIs published again, the next snapshot
// reads only those KPIs (scripts/snapshot/update-snapshot.ts) instead of all
// published content. Anything else — another type, unpublish, delete, a
// build started by hand or at start, an unreadable body — means "anything may
// have changed": the next snapshot reads everything.
import { UID } from '@sdd/shared-types';

/** The KPIs published again (documentIds), or null: anything may have changed. */
export type ContentChanges = ReadonlySet<string> | null;

/** The KPI a webhook says was published, or null when the event may have changed anything else. */
export function republishedKpi(webhookBody: string): string | null {
  try {
    const payload = JSON.parse(webhookBody) as { event?: unknown; uid?: unknown; entry?: { documentId?: unknown } };
    const documentId = payload?.entry?.documentId;
    return payload?.event === 'entry.publish' && payload.uid === UID.kpi && typeof documentId === 'string'
      ? documentId
      : null;
  } catch {
    return null;
  }
}

/**
 * The changes not yet in a snapshot. `take()` hands them to the snapshot about to be read and starts a new
 * record; a snapshot that fails gives them back (`giveBack`), so the next one reads them.
 */
export function createChangeLog() {
  // Nothing read yet: the first snapshot reads everything.
  let changes: Set<string> | null = null;
  return {
    /** A build was asked for: `kpi` is the KPI published again, null anything at all. */
    record(kpi: string | null): void {
      if (kpi === null) changes = null;
      else changes?.add(kpi);
    },
    take(): ContentChanges {
      const taken = changes;
      changes = new Set();
      return taken;
    },
    giveBack(taken: ContentChanges): void {
      if (taken === null || changes === null) changes = null;
      else for (const kpi of taken) changes.add(kpi);
    },
  };
}

export type ChangeLog = ReturnType<typeof createChangeLog>;
