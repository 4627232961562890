// The council-data sync's route, for API tokens granted its action (the
// data-import token the host app creates); the public role never has it.
//   POST /api/oparl/sync  dry run or write, all or nothing (services/oparl-sync.ts)
import { describeIssues, oparlSyncRequestSchema } from '@sdd/shared-types';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';

type Ctx = { request: { body?: unknown }; body: unknown; status: number };
type Strapi = { plugin(name: string): { service(name: string): unknown } };

export default ({ strapi }: { strapi: Strapi }) => ({
  async sync(ctx: Ctx) {
    const parsed = oparlSyncRequestSchema.safeParse(ctx.request.body);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error, ctx.request.body).slice(0, 20);
      throw new errors.ValidationError(
        `Ungültige OParl-Anfrage: ${problems.map((p) => `${p.where}: ${p.message}`).join('; ')}. Es wurde nichts gespeichert.`,
      );
    }
    ctx.body = await getService(strapi, 'oparl-sync').sync(parsed.data);
    ctx.status = 200;
  },
});
