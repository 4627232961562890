// The next snapshot when only KPIs were published again since the last one:
// those KPIs are read from the CMS and put in their place; everything else is
// the last snapshot's. At ten times the demo, reading all published content
// takes 1.3 s and reading one KPI a few milliseconds (docs/publishing.md).
//
// Why this is the same as reading everything: a KPI's relations are its own
// (action fields, SDG assignments, observations are read with it), and the
// entries that point to a KPI (tiles, agenda items) show only its code. So as
// long as every KPI read keeps the documentId and the code it had, no other
// entry can show anything new. When that does not hold — a new KPI, a code
// changed, a KPI gone (unpublished or deleted meanwhile), content that does
// not validate, more than MAX_KPIS_READ_ALONE KPIs — the answer is null and
// the caller reads everything.
import { apiKpiSchema, snapshotSchema } from '@sdd/shared-types';
import type { CmsClient } from './cms-client.ts';
import { documentIdOf, POPULATE, readSnapshot, type SnapshotRead } from './take-snapshot.ts';
import * as to from './to-snapshot.ts';

/** More KPIs published at once (an import) are read with everything else: one query string stays short. */
export const MAX_KPIS_READ_ALONE = 50;

/** Strapi's filter for a set of documentIds, as query parameters. */
const documentIdsFilter = (ids: readonly string[]) =>
  ids.map((id, i) => `filters[documentId][$in][${i}]=${encodeURIComponent(id)}`).join('&');

export async function updateSnapshot(
  cms: CmsClient,
  last: SnapshotRead,
  republishedKpis: ReadonlySet<string>,
  source: string,
  now = new Date(),
): Promise<SnapshotRead | null> {
  const ids = [...republishedKpis];
  if (ids.length > MAX_KPIS_READ_ALONE) return null;
  const read =
    ids.length === 0
      ? []
      : await cms.collection('kpis', `sort[0]=code:asc&${documentIdsFilter(ids)}&${POPULATE.kpis}`, apiKpiSchema);
  if (read.length !== ids.length) return null;
  const position = new Map(last.snapshot.kpis.map((k, i) => [k.code, i]));
  // Unchecked until the whole snapshot is parsed below, as a full read is.
  const kpis: object[] = [...last.snapshot.kpis];
  for (const entry of read) {
    const id = documentIdOf(entry);
    const at = position.get(entry.code);
    if (id === null || last.kpiCodes.get(id) !== entry.code || at === undefined) return null;
    kpis[at] = to.kpi(entry);
  }
  const result = snapshotSchema.safeParse({ ...last.snapshot, generatedAt: now.toISOString(), source, kpis });
  return result.success
    ? { snapshot: result.data, kpiCodes: last.kpiCodes, everythingReadAt: last.everythingReadAt }
    : null;
}

/**
 * How long snapshots may build on one read of everything, by default (PUBLISHER_FULL_READ_MS). Reading only some KPIs
 * trusts that every change came with its webhook; one can be lost (Strapi does not retry a failed one) or never sent (a
 * database restored or fixed by hand while the publisher ran). At most this long after the last full read, the next
 * build reads everything again — at ten times the demo 1.3 s. While nothing is published, the publisher reads
 * everything again before this time is up (read-refresh.ts), so a publish rarely pays for it.
 */
export const READ_EVERYTHING_AFTER_MS = 5 * 60_000;

/**
 * The snapshot after `changes` (content-changes.ts): with a recent last snapshot and only KPIs published again, those
 * KPIs read alone; otherwise everything. `partly` says in words what was read alone, for the log.
 */
export async function nextSnapshot(
  cms: CmsClient,
  last: SnapshotRead | null,
  changes: ReadonlySet<string> | null,
  source: string,
  now = Date.now(),
  maxAgeMs = READ_EVERYTHING_AFTER_MS,
): Promise<SnapshotRead & { partly: string | null }> {
  const recent = last !== null && now - last.everythingReadAt < maxAgeMs;
  const updated = recent && changes ? await updateSnapshot(cms, last, changes, source, new Date(now)) : null;
  if (updated)
    return {
      ...updated,
      partly:
        changes!.size === 0
          ? 'nothing read again: the last read is current'
          : `${changes!.size} KPI(s) read again, the rest kept from the last snapshot`,
    };
  return { ...(await readSnapshot(cms, source, new Date(now))), partly: null };
}
