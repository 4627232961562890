// Writes imported values into KPIs, all or nothing: one database
// transaction; any failure (unknown code, a value the validation refuses, a
// database error) rolls back every KPI already written. Webhook events are
// emitted on commit only, so a successful import becomes one burst of events
// (one site build), a failed one none.
import { mergeObservations, type ImportResult, type ImportValue } from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../uids';

type KpiDocument = { documentId: string; code: string; observations?: { period: string; value: number | null; series: string | null; provisional: boolean | null; note: string | null }[] };

export const observationImport = ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply(values: readonly ImportValue[]): Promise<ImportResult> {
    const byCode = new Map<string, ImportValue[]>();
    for (const v of values) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
    const result: ImportResult = { kpis: 0, created: 0, changed: 0, unchanged: 0 };
    await strapi.db.transaction(async () => {
      for (const [code, incoming] of byCode) {
        const kpi = (await strapi.documents(UID.kpi).findFirst({ filters: { code }, status: 'draft', populate: ['observations'] } as never)) as unknown as KpiDocument | null;
        if (!kpi) throw new errors.ValidationError(`Unbekannter Kennzahl-Code „${code}“: es wurde nichts gespeichert.`);
        const existing = (kpi.observations ?? []).map((o) => ({ period: o.period, value: o.value, series: o.series || null, provisional: o.provisional ?? false, note: o.note || null }));
        const merge = mergeObservations(existing, incoming);
        result.kpis++;
        result.created += merge.created.length;
        result.changed += merge.changed.length;
        result.unchanged += merge.unchanged;
        if (merge.created.length + merge.changed.length === 0) continue;
        await strapi.documents(UID.kpi).update({ documentId: kpi.documentId, data: { observations: merge.observations } } as never);
        await strapi.documents(UID.kpi).publish({ documentId: kpi.documentId } as never);
      }
    });
    return result;
  },
});

export type ObservationImport = ReturnType<typeof observationImport>;
