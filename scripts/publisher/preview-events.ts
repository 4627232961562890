// Which webhook events concern the live site. Saving (creating or updating)
// an entry of a type with draft & publish changes only its draft: the live
// site would be rebuilt unchanged, and that build would hold up the preview
// the editor is waiting for. Events of the admin's own types (admin users,
// roles, API tokens, the users-permissions plugin) and of the media library
// never reach the snapshot — no content type has a media field — so they
// change neither the live site nor the preview. Every other event — publish,
// unpublish, delete, any save of a type without draft & publish, and anything
// unreadable or unknown — changes what visitors see.
import { DRAFT_TYPES, pluginUid } from '@sdd/shared-types';

const DRAFT_UIDS = new Set<string>(Object.keys(DRAFT_TYPES).map((type) => pluginUid(type)));
/** Types the snapshot never reads. A new type of the site's own (plugin::smart-data.*, api::*) is not among them. */
const ADMIN_ONLY_UID = /^(admin::|plugin::users-permissions\.|plugin::upload\.)/;

type Payload = { event?: unknown; uid?: unknown; model?: unknown };

function parse(body: string): Payload | null {
  try {
    const payload = JSON.parse(body) as unknown;
    return typeof payload === 'object' && payload !== null ? (payload as Payload) : null;
  } catch {
    return null; // unreadable: build, to be safe
  }
}

export function changesOnlyDrafts(body: string): boolean {
  const payload = parse(body);
  return (
    (payload?.event === 'entry.create' || payload?.event === 'entry.update') &&
    typeof payload.uid === 'string' &&
    DRAFT_UIDS.has(payload.uid)
  );
}

/** Media-library and admin-only events: neither a live build nor a preview build. */
export function cannotChangeSite(body: string): boolean {
  const payload = parse(body);
  if (!payload || typeof payload.event !== 'string') return false;
  if (payload.event.startsWith('media.')) return true;
  return typeof payload.uid === 'string' && ADMIN_ONLY_UID.test(payload.uid);
}
