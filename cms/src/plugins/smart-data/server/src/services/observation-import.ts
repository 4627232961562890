// Writes imported values into KPIs, all or nothing: one database
// transaction; any failure (unknown code, a value the validation refuses, a
// database error) rolls back every KPI already written. The merged
// observations go to the draft and the published version at once (bulk, see
// observation-rows.ts), are checked by the same rules as the editor's input,
// and one "entry.publish" event per KPI is emitted after the commit — a
// burst the publisher turns into one site build; a failed import emits none.
import { mergeObservations, type ImportResult, type ImportValue } from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { UID } from '../uids';
import { checkObservations } from '../validation/rules';
import { readObservations, replaceObservations } from './observation-rows';

type KpiRow = { id: number; documentId: string; code: string; publishedAt: string | null };

export const observationImport = ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply(values: readonly ImportValue[]): Promise<ImportResult> {
    const byCode = new Map<string, ImportValue[]>();
    for (const v of values) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
    const result: ImportResult = { kpis: 0, created: 0, changed: 0, unchanged: 0 };
    const written: KpiRow[] = [];
    await strapi.db.transaction(async ({ trx, onCommit }: { trx: Knex.Transaction; onCommit: (fn: () => void) => void }) => {
      const rows = (await strapi.db.query(UID.kpi).findMany({ where: { code: { $in: [...byCode.keys()] } }, select: ['id', 'documentId', 'code', 'publishedAt'] })) as KpiRow[];
      const drafts = new Map(rows.filter((r) => r.publishedAt === null).map((r) => [r.code, r]));
      const existing = await readObservations(strapi, trx, [...drafts.values()].map((r) => r.id));
      const now = new Date();
      for (const [code, incoming] of byCode) {
        const draft = drafts.get(code);
        if (!draft) throw new errors.ValidationError(`Unbekannter Kennzahl-Code „${code}“: es wurde nichts gespeichert.`);
        const merge = mergeObservations(existing.get(draft.id) ?? [], incoming);
        result.kpis++;
        result.created += merge.created.length;
        result.changed += merge.changed.length;
        result.unchanged += merge.unchanged;
        if (merge.created.length + merge.changed.length === 0) continue;
        const problems = checkObservations(merge.observations, now);
        if (problems.length > 0) throw new errors.ValidationError(`${code}: ${problems.map((p) => p.message).join(' ')} Es wurde nichts gespeichert.`);
        const versions = rows.filter((r) => r.documentId === draft.documentId);
        await replaceObservations(strapi, trx, versions.map((r) => r.id), merge.observations);
        await strapi.db.query(UID.kpi).updateMany({ where: { documentId: draft.documentId }, data: { updatedAt: now } });
        const published = versions.find((r) => r.publishedAt !== null);
        if (published) await strapi.db.query(UID.kpi).update({ where: { id: published.id }, data: { publishedAt: now } });
        else await strapi.documents(UID.kpi).publish({ documentId: draft.documentId } as never); // first publication: let Strapi create the published version
        written.push(draft);
      }
      onCommit(() => {
        for (const kpi of written) void strapi.eventHub.emit('entry.publish', { model: 'kpi', uid: UID.kpi, entry: { id: kpi.id, documentId: kpi.documentId, code: kpi.code } });
      });
    });
    return result;
  },
});

export type ObservationImport = ReturnType<typeof observationImport>;
