// The link behind the admin's "Vorschau" button: the entry's page on the
// publisher's preview server, with a signed token that expires
// (PREVIEW_LINK_TTL_SECONDS). Strapi calls this from `config/admin.ts` →
// `preview.config.handler`, on the server, so the secret never reaches the
// browser. Strapi asks only for an admin login before calling the handler;
// the link opens *all* drafts, so it is given only to admins who may read
// the entry's type in the content manager.
import { PREVIEW_SAVED_AT_PARAM, PREVIEW_TOKEN_PARAM, sitePaths } from '@sdd/shared-types';
import { signPreviewToken } from '@sdd/shared-types/preview-link';
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';

/** The preview server's base URL and the secret, or null when the preview is not set up. */
export function previewSettings(env: NodeJS.ProcessEnv = process.env): { url: string; secret: string } | null {
  const url = env.SDD_PREVIEW_URL?.replace(/\/+$/, '');
  const secret = env.SDD_WEBHOOK_SECRET;
  return url && secret ? { url, secret } : null;
}

/** Which field names an entry's page, and its path on the site; types not listed have no page of their own. */
const PAGES: Record<string, { field: 'code' | 'slug'; path: (key: string) => string }> = {
  [UID.kpi]: { field: 'code', path: sitePaths.kpi },
  [UID.tile]: { field: 'slug', path: sitePaths.tile },
  [UID.meeting]: { field: 'slug', path: sitePaths.meeting },
  [UID.body]: { field: 'slug', path: sitePaths.body },
  [UID.actionField]: { field: 'slug', path: sitePaths.field },
  [UID.page]: { field: 'slug', path: sitePaths.page },
};

const READ = 'plugin::content-manager.explorer.read';

type Ability = { can(action: string, subject: string): boolean };

export function previewLink(strapi: Core.Strapi) {
  return {
    async url(uid: string, params: { documentId?: string; status?: string }): Promise<string | null> {
      const settings = previewSettings();
      const page = PAGES[uid];
      if (!settings || !page || !params.documentId) return null;
      const ability = (strapi.requestContext.get() as { state?: { userAbility?: Ability } } | undefined)?.state
        ?.userAbility;
      if (!ability?.can(READ, uid)) return null;
      // The draft: its code or slug may differ from the published one, and the preview shows drafts.
      const hasDrafts = Boolean(
        (strapi.getModel(uid as never) as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish,
      );
      const entry = (await strapi.documents(uid as never).findOne({
        documentId: params.documentId,
        ...(hasDrafts ? { status: 'draft' } : {}),
        fields: [page.field, 'updatedAt'],
      } as never)) as Record<string, unknown> | null;
      const key = entry?.[page.field];
      if (typeof key !== 'string' || key === '') return null;
      const savedAt = Date.parse(String(entry?.updatedAt ?? ''));
      const token = `${PREVIEW_TOKEN_PARAM}=${encodeURIComponent(signPreviewToken(settings.secret))}`;
      return `${settings.url}${page.path(key)}?${token}${Number.isFinite(savedAt) ? `&${PREVIEW_SAVED_AT_PARAM}=${savedAt}` : ''}`;
    },
  };
}
