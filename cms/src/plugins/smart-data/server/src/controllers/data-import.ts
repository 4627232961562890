// The import's routes, for API tokens granted the data-import actions (the
// data-import token the host app creates); the public role never has them.
//   GET  /api/import/catalogue     every KPI, draft-only ones included, with
//                                  the values the dry run compares against
//   POST /api/import/observations  the write, all or nothing
import { describeIssues, importRequestSchema, MAX_IMPORT_VALUES } from '@sdd/shared-types';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';

type Ctx = { request: { body?: unknown }; body: unknown; status: number };
type Strapi = Parameters<typeof getService>[0];

const service = (strapi: Strapi) => getService(strapi, 'observation-import');
const count = (body: unknown) =>
  body && typeof body === 'object' && Array.isArray((body as { values?: unknown }).values)
    ? (body as { values: unknown[] }).values.length
    : 0;

export default ({ strapi }: { strapi: Strapi }) => ({
  async catalogue(ctx: Ctx) {
    ctx.body = { kpis: await service(strapi).catalogue() };
    ctx.status = 200;
  },

  async apply(ctx: Ctx) {
    const values = count(ctx.request.body);
    if (values > MAX_IMPORT_VALUES) {
      throw new errors.ValidationError(
        `Zu viele Werte: ${values.toLocaleString('de-DE')} in einer Anfrage, höchstens ${MAX_IMPORT_VALUES.toLocaleString('de-DE')}. Die Datei aufteilen (z. B. nach Kennzahlen) und nacheinander importieren. Es wurde nichts gespeichert.`,
      );
    }
    const parsed = importRequestSchema.safeParse(ctx.request.body);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error, ctx.request.body).slice(0, 20);
      throw new errors.ValidationError(
        `Ungültige Import-Anfrage: ${problems.map((p) => `${p.where}: ${p.message}`).join('; ')}. Es wurde nichts gespeichert.`,
        { errors: problems.map((p) => ({ path: p.path.map(String), message: p.message, name: 'ValidationError' })) },
      );
    }
    ctx.body = await service(strapi).apply(parsed.data.values);
    ctx.status = 200;
  },
});
