// Which webhook events concern the live site. Saving (creating or updating)
// an entry of a type with draft & publish changes only its draft: the live
// site would be rebuilt unchanged, and that build would hold up the preview
// the editor is waiting for. Every other event — publish, unpublish, delete,
// and any save of a type without draft & publish — changes what visitors see.
import { DRAFT_TYPES } from '@sdd/shared-types';

const DRAFT_UIDS = new Set(Object.keys(DRAFT_TYPES).map((type) => `plugin::smart-data.${type}`));

export function changesOnlyDrafts(body: string): boolean {
  let payload: { event?: unknown; uid?: unknown };
  try {
    payload = JSON.parse(body) as typeof payload;
  } catch {
    return false; // unreadable: build, to be safe
  }
  return (payload.event === 'entry.create' || payload.event === 'entry.update') && typeof payload.uid === 'string' && DRAFT_UIDS.has(payload.uid);
}
