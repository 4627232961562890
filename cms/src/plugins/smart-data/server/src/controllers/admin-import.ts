// Admin routes of the page "Datenimport" (admin login and the permission
// "Daten importieren"; routes/index.ts):
//   GET  /smart-data/import/kpis     the KPIs to choose for a file without a code column
//   POST /smart-data/import/dry-run  the uploaded file read and checked: problems or the plan
//   POST /smart-data/import/apply    the same file again with the dry run's fingerprint: all or nothing
// Every body is checked with the shared zod schemas; a malformed one is refused
// in German, never with a stack trace.
import { adminImportApplySchema, adminImportUploadSchema, describeIssues } from '@sdd/shared-types';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { getService } from '../get-service';
import { PlanChangedError } from '../services/admin-import';

type Ctx = { request: { body?: unknown }; body: unknown; status: number };
type Strapi = Parameters<typeof getService>[0];

const service = (strapi: Strapi) => getService(strapi, 'admin-import');

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = describeIssues(parsed.error, body).slice(0, 10);
  throw new errors.ValidationError(
    `Ungültige Anfrage der Import-Seite: ${problems.map((p) => `${p.where}: ${p.message}`).join('; ')}. Es wurde nichts gespeichert. Die Seite neu laden und die Datei erneut wählen.`,
  );
}

export default ({ strapi }: { strapi: Strapi }) => ({
  async kpis(ctx: Ctx) {
    ctx.body = { kpis: await service(strapi).kpis() };
    ctx.status = 200;
  },

  async dryRun(ctx: Ctx) {
    ctx.body = await service(strapi).dryRun(parse(adminImportUploadSchema, ctx.request.body));
    ctx.status = 200;
  },

  async apply(ctx: Ctx) {
    const { fingerprint, ...upload } = parse(adminImportApplySchema, ctx.request.body);
    try {
      ctx.body = { result: await service(strapi).apply(upload, fingerprint) };
      ctx.status = 200;
    } catch (error) {
      if (!(error instanceof PlanChangedError)) throw error;
      ctx.status = 409;
      ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: error.message, details: {} } };
    }
  },
});
