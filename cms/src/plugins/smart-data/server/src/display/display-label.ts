// "Code – Name" as one stored, read-only field (`label`) of KPIs and SDGs:
// the admin's relation pickers show and search an entry by its main field
// only, and editors look for "Radwege", not just "MOB-03". The document
// middleware keeps it current on every write; bootstrap fills old rows.
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';

type Data = Record<string, unknown>;
type DocumentContext = { uid: string; action: string; params: { data?: Data; documentId?: string } };

/** The fields each label is made of, and how. */
export const LABELLED: Record<string, { fields: string[]; label: (d: Data) => string }> = {
  [UID.kpi]: { fields: ['code', 'name'], label: (d) => `${String(d.code ?? '')} – ${String(d.name ?? '')}` },
  [UID.sdg]: {
    fields: ['number', 'titleDe'],
    label: (d) => `SDG ${String(d.number ?? '')} – ${String(d.titleDe ?? '')}`,
  },
};

const WRITES: readonly string[] = ['create', 'update', 'clone'];

export function displayLabelMiddleware(strapi: Core.Strapi) {
  return async (context: DocumentContext, next: () => Promise<unknown>) => {
    const spec = LABELLED[context.uid];
    const data = context.params.data;
    if (spec && data && WRITES.includes(context.action) && spec.fields.some((f) => data[f] !== undefined)) {
      const current = context.params.documentId
        ? ((await strapi.db
            .query(context.uid as never)
            .findOne({ where: { documentId: context.params.documentId }, select: spec.fields })) as Data | null)
        : null;
      data.label = spec.label({ ...current, ...data });
    }
    return next();
  };
}

/** Fills or corrects `label` of every row (draft and published), e.g. after an update of the plugin. */
export async function backfillDisplayLabels(strapi: Core.Strapi): Promise<void> {
  for (const [uid, spec] of Object.entries(LABELLED)) {
    const rows = (await strapi.db.query(uid as never).findMany({ select: ['id', 'label', ...spec.fields] })) as Data[];
    for (const row of rows) {
      const label = spec.label(row);
      if (row.label !== label) await strapi.db.query(uid as never).update({ where: { id: row.id }, data: { label } });
    }
  }
}
