// Writes imported values into KPIs, all or nothing: one database
// transaction; any failure (unknown code, a value the shared import rules or
// the editor rules refuse, a database error) rolls back every KPI already
// written. The import never changes what is published except the values of
// KPIs that are already published: each version of such a KPI (published,
// and the editors' draft) is merged with its own observations, so the
// published one changes exactly as the dry run showed and unpublished draft
// edits stay unpublished; a KPI without a published version (draft only, or
// unpublished) receives the values in its draft and stays unpublished
// (import-documents.ts). Rows are written in bulk (observation-rows.ts). One
// "entry.publish" event per published KPI follows the commit — a burst the
// publisher turns into one site build; a failed or draft-only import emits none.
// "Datenstand" follows the values as when an editor publishes them
// (validation/data-as-of.ts, which bulk writes bypass): changed published
// values make it today in both versions, unless the editor's draft holds a
// date of its own; a draft-only KPI gets it in its draft.
// Series the file marks as comparison join each written version's
// "Vergleichsreihen" (shared-types comparisonChanges); a mark contradicting a
// series' role in either version refuses the whole import.
import {
  checkImportValues,
  comparisonChanges,
  mergeObservations,
  parseSeriesLines,
  withComparisonSeries,
  type ImportCatalogueKpi,
  type ImportResult,
  type ImportValue,
  type KpiPlan,
  type MergeOutcome,
} from '@sdd/shared-types';
import { planImport } from '@sdd/shared-types/import';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { UID } from '../uids';
import { todayInBerlin } from '../validation/data-as-of';
import { checkObservations } from '../validation/rules';
import { importDocuments, type KpiRow } from './import-documents';
import { readObservations, replaceObservations } from './observation-rows';

const time = (v: KpiRow['updatedAt']) => (v ? new Date(v).getTime() : 0);
const changes = (m: MergeOutcome) => m.created.length + m.changed.length;
const MAX_LISTED = 10;

function refuse(lines: string[]): never {
  const more = lines.length > MAX_LISTED ? ` … und ${lines.length - MAX_LISTED} weitere.` : '';
  throw new errors.ValidationError(`${lines.slice(0, MAX_LISTED).join(' ')}${more} Es wurde nichts gespeichert.`);
}

export const observationImport = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every KPI with the values the import compares against (the dry run's basis). */
  async catalogue(): Promise<ImportCatalogueKpi[]> {
    const docs = [...(await importDocuments(strapi)).values()];
    const observations = await readObservations(
      strapi,
      strapi.db.connection as Knex,
      docs.map((d) => d.shown.id),
    );
    return docs
      .map(({ live, shown }) => ({
        code: shown.code,
        name: shown.name,
        unit: shown.unit,
        periodicity: shown.periodicity,
        status: live ? ('published' as const) : ('draft' as const),
        observations: observations.get(shown.id) ?? [],
        comparisonSeries: parseSeriesLines(shown.comparisonSeries),
      }))
      .sort((a, b) => a.code.localeCompare(b.code));
  },

  /**
   * `checkPlan`, if given, sees the dry run's plan as it stands inside the
   * transaction, before anything is written, and throws to refuse (the admin
   * page: the plan the steward saw must still be the plan carried out).
   */
  async apply(values: readonly ImportValue[], checkPlan?: (plans: KpiPlan[]) => void): Promise<ImportResult> {
    const byCode = new Map<string, ImportValue[]>();
    for (const v of values) {
      const list = byCode.get(v.code);
      if (list) list.push(v);
      else byCode.set(v.code, [v]);
    }
    const result: ImportResult = { kpis: 0, created: 0, changed: 0, unchanged: 0, perKpi: [] };
    const published: KpiRow[] = [];
    await strapi.db.transaction(
      async ({ trx, onCommit }: { trx: Knex.Transaction; onCommit: (fn: () => void) => void }) => {
        const docs = await importDocuments(strapi, [...byCode.keys()]);
        const unknown = [...byCode.keys()].filter((code) => !docs.has(code));
        if (unknown.length > 0) refuse(unknown.map((code) => `Unbekannter Kennzahl-Code „${code}“.`));
        // The rules the import command applies to a file, applied to the request: one rule for both.
        const ruled = checkImportValues(values, (code) => docs.get(code)?.shown.periodicity);
        if (ruled.length > 0) refuse(ruled.map((p) => `Wert Nr. ${p.index + 1}: ${p.message}.`));
        const existing = await readObservations(
          strapi,
          trx,
          [...docs.values()]
            .flatMap((d) => [d.live, d.draft])
            .filter((r): r is KpiRow => r !== undefined)
            .map((r) => r.id),
        );
        if (checkPlan) {
          const shown = new Map(
            [...docs].map(([code, d]) => [
              code,
              {
                code,
                name: d.shown.name,
                status: d.live ? ('published' as const) : ('draft' as const),
                observations: existing.get(d.shown.id) ?? [],
                comparisonSeries: parseSeriesLines(d.shown.comparisonSeries),
              },
            ]),
          );
          checkPlan(planImport(values, shown));
        }
        const now = new Date();
        const today = todayInBerlin(now);
        for (const [code, incoming] of byCode) {
          const { live, draft, shown } = docs.get(code)!;
          const merges = new Map(
            [live, draft]
              .filter((r): r is KpiRow => r !== undefined)
              .map((r) => [r, mergeObservations(existing.get(r.id) ?? [], incoming)]),
          );
          const reported = merges.get(shown)!;
          result.kpis++;
          result.created += reported.created.length;
          result.changed += reported.changed.length;
          result.unchanged += reported.unchanged;
          result.perKpi.push({
            code,
            status: live ? 'published' : 'draft',
            created: reported.created.length,
            changed: reported.changed.length,
            unchanged: reported.unchanged,
          });
          for (const [row, merge] of merges) {
            // Each version is checked against its own comparison series: the draft may differ from the published one.
            const comparison = comparisonChanges(
              { observations: existing.get(row.id) ?? [], comparisonSeries: parseSeriesLines(row.comparisonSeries) },
              incoming,
            );
            if (comparison.conflicts.length > 0)
              refuse(
                comparison.conflicts.map(
                  (c) => `${code}, Wert Nr. ${values.indexOf(incoming[c.index]!) + 1}: ${c.message}. ${c.hint}`,
                ),
              );
            if (changes(merge) === 0) continue;
            const problems = checkObservations(merge.observations, now);
            if (problems.length > 0) refuse([`${code}: ${problems.map((p) => p.message).join(' ')}`]);
            await replaceObservations(strapi, trx, [row.id], merge.observations);
            if (comparison.added.length > 0)
              await strapi.db.query(UID.kpi).update({
                where: { id: row.id },
                data: { comparisonSeries: withComparisonSeries(row.comparisonSeries, comparison.added) },
              });
          }
          if (![...merges.values()].some((m) => changes(m) > 0)) continue;
          if (!live) {
            // No published version: the values stay in the draft, which the content manager shows as changed.
            await strapi.db
              .query(UID.kpi)
              .update({ where: { id: draft!.id }, data: { updatedAt: now, dataAsOf: today } });
            continue;
          }
          // Keep the content manager's "modified" badge true to the draft: newer than the published row only if it was
          // before.
          const draftWasNewer = draft !== undefined && time(draft.updatedAt) > time(live.updatedAt);
          const liveChanged = changes(merges.get(live)!) > 0;
          const editorSetDate = draft !== undefined && (draft.dataAsOf ?? null) !== (live.dataAsOf ?? null);
          await strapi.db.query(UID.kpi).update({
            where: { id: live.id },
            data: { updatedAt: now, publishedAt: now, ...(liveChanged ? { dataAsOf: today } : {}) },
          });
          if (draft) {
            await strapi.db.query(UID.kpi).update({
              where: { id: draft.id },
              data: {
                updatedAt: new Date(now.getTime() + (draftWasNewer ? 1 : 0)),
                ...(liveChanged && !editorSetDate ? { dataAsOf: today } : {}),
              },
            });
          }
          published.push(live);
        }
        onCommit(() => {
          for (const kpi of published)
            void strapi.eventHub.emit('entry.publish', {
              model: 'kpi',
              uid: UID.kpi,
              entry: { id: kpi.id, documentId: kpi.documentId, code: kpi.code },
            });
        });
      },
    );
    return result;
  },
});
