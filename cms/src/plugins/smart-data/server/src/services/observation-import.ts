// Writes imported values into KPIs, all or nothing: one database
// transaction; any failure (unknown code, a value the validation refuses, a
// database error) rolls back every KPI already written. Each version of a
// KPI (published, and the editors' draft) is merged with its own
// observations, so the published one changes exactly as the dry run showed
// and unpublished draft edits stay unpublished. Rows are written in bulk
// (observation-rows.ts), checked by the editor rules first. One
// "entry.publish" event per KPI follows the commit — a burst the publisher
// turns into one site build; a failed import emits none.
import { mergeObservations, type ImportResult, type ImportValue, type MergeOutcome } from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { UID } from '../uids';
import { checkObservations } from '../validation/rules';
import { readObservations, replaceObservations } from './observation-rows';

type KpiRow = { id: number; documentId: string; code: string; publishedAt: string | null; updatedAt: string | Date | null };

const time = (v: KpiRow['updatedAt']) => (v ? new Date(v).getTime() : 0);
const changes = (m: MergeOutcome) => m.created.length + m.changed.length;

export const observationImport = ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply(values: readonly ImportValue[]): Promise<ImportResult> {
    const byCode = new Map<string, ImportValue[]>();
    for (const v of values) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
    const result: ImportResult = { kpis: 0, created: 0, changed: 0, unchanged: 0 };
    const published: KpiRow[] = [];
    await strapi.db.transaction(async ({ trx, onCommit }: { trx: Knex.Transaction; onCommit: (fn: () => void) => void }) => {
      const select = ['id', 'documentId', 'code', 'publishedAt', 'updatedAt'];
      // The published code is what the dry run saw; a draft may have renamed it.
      const matches = (await strapi.db.query(UID.kpi).findMany({ where: { code: { $in: [...byCode.keys()] } }, select, orderBy: { publishedAt: 'desc' } })) as KpiRow[];
      const documentOf = new Map<string, string>();
      for (const row of matches) if (!documentOf.has(row.code)) documentOf.set(row.code, row.documentId);
      const versions = (await strapi.db.query(UID.kpi).findMany({ where: { documentId: { $in: [...documentOf.values()] } }, select })) as KpiRow[];
      const existing = await readObservations(strapi, trx, versions.map((r) => r.id));
      const now = new Date();
      for (const [code, incoming] of byCode) {
        const documentId = documentOf.get(code);
        if (!documentId) throw new errors.ValidationError(`Unbekannter Kennzahl-Code „${code}“: es wurde nichts gespeichert.`);
        const live = versions.find((r) => r.documentId === documentId && r.publishedAt !== null);
        const draft = versions.find((r) => r.documentId === documentId && r.publishedAt === null);
        const merges = new Map([live, draft].filter((r): r is KpiRow => r !== undefined).map((r) => [r, mergeObservations(existing.get(r.id) ?? [], incoming)]));
        const reported = merges.get(live ?? draft!)!;
        result.kpis++;
        result.created += reported.created.length;
        result.changed += reported.changed.length;
        result.unchanged += reported.unchanged;
        for (const [row, merge] of merges) {
          if (changes(merge) === 0) continue;
          const problems = checkObservations(merge.observations, now);
          if (problems.length > 0) throw new errors.ValidationError(`${code}: ${problems.map((p) => p.message).join(' ')} Es wurde nichts gespeichert.`);
          await replaceObservations(strapi, trx, [row.id], merge.observations);
        }
        if (![...merges.values()].some((m) => changes(m) > 0)) continue;
        if (!live) {
          // Never published: let Strapi create the published version (it emits entry.publish itself).
          await strapi.documents(UID.kpi).publish({ documentId } as never);
          continue;
        }
        // Keep the content manager's "modified" badge true to the draft: newer than the published row only if it was before.
        const draftWasNewer = draft !== undefined && time(draft.updatedAt) > time(live.updatedAt);
        await strapi.db.query(UID.kpi).update({ where: { id: live.id }, data: { updatedAt: now, publishedAt: now } });
        if (draft) await strapi.db.query(UID.kpi).update({ where: { id: draft.id }, data: { updatedAt: new Date(now.getTime() + (draftWasNewer ? 1 : 0)) } });
        published.push(live);
      }
      onCommit(() => {
        for (const kpi of published) void strapi.eventHub.emit('entry.publish', { model: 'kpi', uid: UID.kpi, entry: { id: kpi.id, documentId: kpi.documentId, code: kpi.code } });
      });
    });
    return result;
  },
});

export type ObservationImport = ReturnType<typeof observationImport>;
