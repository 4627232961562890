// Which KPI document an import code means, and whether the import may touch
// its published version. A code names the document whose published version
// carries it (what the public site shows); a document without a published
// version (never published, or unpublished by an editor) is named by its
// draft's code and only ever receives values in its draft. A draft that
// renamed a published KPI's code does not rename it for the import.
import type { Periodicity } from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';

export type KpiRow = {
  id: number;
  documentId: string;
  code: string;
  name: string;
  unit: string;
  periodicity: Periodicity;
  comparisonSeries: string | null;
  dataAsOf: string | null;
  publishedAt: string | null;
  updatedAt: string | Date | null;
};
export interface ImportDocument {
  /** The published version; absent for a draft-only KPI, which the import must never publish. */
  live?: KpiRow;
  draft?: KpiRow;
  /** The version the dry run reports on and whose code, name and unit count. */
  shown: KpiRow;
}

const SELECT = [
  'id',
  'documentId',
  'code',
  'name',
  'unit',
  'periodicity',
  'comparisonSeries',
  'dataAsOf',
  'publishedAt',
  'updatedAt',
];

/** Import documents by code, for `codes` or (without) for every KPI. */
export async function importDocuments(
  strapi: Core.Strapi,
  codes?: readonly string[],
): Promise<Map<string, ImportDocument>> {
  const kpis = strapi.db.query(UID.kpi);
  const matches = (await kpis.findMany({
    where: codes ? { code: { $in: [...codes] } } : {},
    select: ['documentId'],
  })) as Pick<KpiRow, 'documentId'>[];
  const documentIds = [...new Set(matches.map((r) => r.documentId))];
  const rows =
    documentIds.length === 0
      ? []
      : ((await kpis.findMany({ where: { documentId: { $in: documentIds } }, select: SELECT })) as KpiRow[]);
  const byDocument = new Map<string, { live?: KpiRow; draft?: KpiRow }>();
  for (const row of rows) {
    const doc = byDocument.get(row.documentId) ?? {};
    if (row.publishedAt === null) doc.draft = row;
    else doc.live = row;
    byDocument.set(row.documentId, doc);
  }
  const byCode = new Map<string, ImportDocument>();
  for (const doc of byDocument.values()) {
    const shown = doc.live ?? doc.draft;
    if (!shown || (codes && !codes.includes(shown.code))) continue;
    // Codes are unique among published versions and among drafts; a published version wins over a stray draft.
    if (!byCode.get(shown.code)?.live) byCode.set(shown.code, { ...doc, shown });
  }
  return byCode;
}
