// URL names (slugs) from the title, made on the server: Strapi 5's admin
// fills a required uid field once, when the form opens — from the still
// empty title, so every new session was called "meeting" — and never again.
// The slug fields are therefore optional in the schema and left empty in the
// form; a write without a slug gets one here from the title, unique among
// its type (Strapi's own uid service: "Sitzung am 3. März" →
// "sitzung-am-3-maerz", "-1" appended when taken). A page never gets a name
// the site uses itself.
import { isReservedSlug } from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import type { Data, DocumentContext } from './document-context';

type UidService = {
  generateUIDField(args: { contentTypeUID: string; field: string; data: Data; locale?: string }): Promise<string>;
};

/** Types whose `slug` is made from `targetField` when left empty. */
export const SLUG_FROM: Record<string, string> = {
  [UID.tile]: 'title',
  [UID.meeting]: 'title',
  [UID.page]: 'title',
  [UID.body]: 'name',
  [UID.actionDimension]: 'name',
  [UID.actionField]: 'name',
};

const isEmpty = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '');

export function slugFromTitleMiddleware(strapi: Core.Strapi) {
  return async (context: DocumentContext, next: () => Promise<unknown>) => {
    const { uid, action, params } = context;
    const source = SLUG_FROM[uid];
    const data = params.data;
    if (source && data && (action === 'create' || action === 'update' || action === 'clone')) {
      const missing = action === 'create' ? data.slug === undefined || isEmpty(data.slug) : isEmpty(data.slug);
      if (missing) {
        const current = params.documentId
          ? ((await strapi.db
              .query(uid as never)
              .findOne({ where: { documentId: params.documentId }, select: [source] })) as Data | null)
          : null;
        const title = data[source] ?? current?.[source];
        if (typeof title === 'string' && title.trim() !== '') {
          const service = strapi.plugin('content-manager').service('uid') as UidService;
          let slug = await service.generateUIDField({
            contentTypeUID: uid,
            field: 'slug',
            data: { [source]: title },
            locale: params.locale,
          });
          if (uid === UID.page && isReservedSlug(slug)) {
            slug = await service.generateUIDField({
              contentTypeUID: uid,
              field: 'slug',
              data: { [source]: `${title} Seite` },
              locale: params.locale,
            });
          }
          data.slug = slug;
        }
      }
    }
    return next();
  };
}
