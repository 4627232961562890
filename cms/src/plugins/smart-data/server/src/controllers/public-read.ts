// Read-only controllers for the public API. Strapi's stock controller
// returns drafts when asked with ?status=draft, so every read is forced to
// published content, for anonymous visitors and API tokens alike; and
// non-public agenda items are kept out of every answer (agenda-item-guard).
import { factories } from '@strapi/strapi';
import type { DashboardUid } from '../uids';
import { agendaItemGuard } from './agenda-item-guard';

/** The part of Koa's context the guards use. */
export type ReadContext = { query: Record<string, unknown>; body?: unknown };

function prepare(ctx: ReadContext): void {
  ctx.query = { ...ctx.query, status: 'published' };
  agendaItemGuard.before(ctx);
}

export function publicReadController(uid: DashboardUid) {
  return factories.createCoreController(uid as never, () => ({
    async find(ctx) {
      prepare(ctx);
      ctx.body = await super.find(ctx);
      agendaItemGuard.after(ctx);
      return ctx.body;
    },
    async findOne(ctx) {
      prepare(ctx);
      const result = await super.findOne(ctx);
      // The core action answers 204 for a document without a published version.
      if (!result?.data) return ctx.notFound('No published document with this id.');
      ctx.body = result;
      agendaItemGuard.after(ctx);
      return ctx.body;
    },
  }));
}
