// POST /api/import/observations: the import command's write. Only API tokens
// granted "plugin::smart-data.data-import.apply" may call it (the data-import
// token the host app creates); the public role never has it.
import { describeIssues, importRequestSchema } from '@sdd/shared-types';
import { errors } from '@strapi/utils';
import type { ObservationImport } from '../services/observation-import';

type Ctx = { request: { body?: unknown }; body: unknown; status: number };

export default ({ strapi }: { strapi: { plugin(name: string): { service(name: string): unknown } } }) => ({
  async apply(ctx: Ctx) {
    const parsed = importRequestSchema.safeParse(ctx.request.body);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error, ctx.request.body).slice(0, 20);
      throw new errors.ValidationError('Invalid import request', { errors: problems.map((p) => ({ path: p.path.map(String), message: p.message, name: 'ValidationError' })) });
    }
    const service = strapi.plugin('smart-data').service('observation-import') as ObservationImport;
    ctx.body = await service.apply(parsed.data.values);
    ctx.status = 200;
  },
});
