// Read-only controllers for the public API. Strapi's stock controller
// returns drafts when asked with ?status=draft, so every read is forced to
// published content, for anonymous visitors and API tokens alike; and
// non-public agenda items are kept out of every answer (agenda-item-guard).
// The preview's draft routes (routes/preview.ts) use the same controller with
// `draft` forced instead: same guard, other version.
import { factories } from '@strapi/strapi';
import type { DashboardUid } from '../uids';
import { agendaItemGuard } from './agenda-item-guard';

/** The part of Koa's context the guards use. */
export type ReadContext = { query: Record<string, unknown>; body?: unknown };

/** Which version every read returns: `published` for the public API, `draft` for the preview's own routes. */
export type ReadStatus = 'published' | 'draft';

function prepare(ctx: ReadContext, status: ReadStatus): void {
  ctx.query = { ...ctx.query, status };
  agendaItemGuard.before(ctx);
}

export function publicReadController(uid: DashboardUid, status: ReadStatus = 'published') {
  return factories.createCoreController(uid as never, () => ({
    async find(ctx) {
      prepare(ctx, status);
      ctx.body = await super.find(ctx);
      agendaItemGuard.after(ctx);
      return ctx.body;
    },
    async findOne(ctx) {
      prepare(ctx, status);
      const result = await super.findOne(ctx);
      // The core action answers 204 for a document without a published version.
      if (!result?.data) return ctx.notFound('No published document with this id.');
      ctx.body = result;
      agendaItemGuard.after(ctx);
      return ctx.body;
    },
  }));
}
