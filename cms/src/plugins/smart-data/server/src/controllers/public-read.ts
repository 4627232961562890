// Read-only controllers for the public API. Strapi's stock controller
// returns drafts when asked with ?status=draft, so every read is forced to
// published content, for anonymous visitors and API tokens alike.
import { factories } from '@strapi/strapi';
import type { DashboardUid } from '../uids';

type Ctx = { query: Record<string, unknown>; body?: unknown; notFound(message?: string): unknown };
type Transform = (ctx: Ctx) => void;

export const forcePublished = (ctx: Ctx) => {
  ctx.query = { ...ctx.query, status: 'published' };
};

/** A core controller whose find/findOne read published content only; `after` may filter the response. */
export function publicReadController(uid: DashboardUid, hooks: { before?: Transform; after?: Transform } = {}) {
  return factories.createCoreController(uid as never, () => ({
    async find(ctx: Ctx) {
      forcePublished(ctx);
      hooks.before?.(ctx);
      // @ts-expect-error super is the core controller (Strapi's factory pattern)
      const result = await super.find(ctx);
      ctx.body = result;
      hooks.after?.(ctx);
      return ctx.body;
    },
    async findOne(ctx: Ctx) {
      forcePublished(ctx);
      hooks.before?.(ctx);
      // @ts-expect-error super is the core controller (Strapi's factory pattern)
      const result = await super.findOne(ctx);
      // The core action answers 204 for a document without a published version.
      if (!result?.data) return ctx.notFound('No published document with this id.');
      ctx.body = result;
      hooks.after?.(ctx);
      return ctx.body;
    },
  }));
}
