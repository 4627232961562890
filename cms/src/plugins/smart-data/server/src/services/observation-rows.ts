// Replaces a KPI's observation components in bulk, for its draft and its
// published row alike, inside the caller's transaction. The document
// service rewrites components one query at a time (for an update and again
// for the publish), which makes a 10,000-value import take minutes; this
// writes the same rows with a handful of batched queries. Table and column
// names come from Strapi's own metadata, not from guesses.
import type { Observation } from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { UID } from '../uids';

export const OBSERVATION_COMPONENT = 'smart-data.observation';
const FIELD = 'observations';
const CHUNK = 400;

type JoinTable = {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName: string;
  on: Record<string, string>;
  pivotColumns: string[];
};

function joinTableOf(strapi: Core.Strapi): {
  table: string;
  entity: string;
  component: string;
  order: string;
  field: string;
  type: string;
} {
  const meta = strapi.db.metadata.get(UID.kpi) as unknown as { attributes: Record<string, { joinTable?: JoinTable }> };
  const jt = meta.attributes[FIELD]?.joinTable;
  if (!jt) throw new Error('smart-data: no component join table for kpi.observations in the database metadata');
  const field = Object.keys(jt.on)[0] ?? 'field';
  const type =
    jt.pivotColumns.find((c) => ![jt.joinColumn.name, jt.inverseJoinColumn.name, field].includes(c)) ??
    'component_type';
  return {
    table: jt.name,
    entity: jt.joinColumn.name,
    component: jt.inverseJoinColumn.name,
    order: jt.orderColumnName,
    field,
    type,
  };
}

/** Observations of the given KPI rows (by row id), in their stored order. */
export async function readObservations(
  strapi: Core.Strapi,
  trx: Knex,
  rowIds: number[],
): Promise<Map<number, Observation[]>> {
  const j = joinTableOf(strapi);
  const componentTable = strapi.db.metadata.get(OBSERVATION_COMPONENT as never).tableName;
  const rows = await trx(`${j.table} as j`)
    .join(`${componentTable} as c`, 'c.id', `j.${j.component}`)
    .whereIn(`j.${j.entity}`, rowIds)
    .andWhere(`j.${j.field}`, FIELD)
    .orderBy(`j.${j.order}`, 'asc')
    .select(`j.${j.entity} as entity`, 'c.period', 'c.value', 'c.series', 'c.provisional', 'c.note');
  const byRow = new Map<number, Observation[]>(rowIds.map((id) => [id, []]));
  for (const r of rows as {
    entity: number;
    period: string;
    value: number | null;
    series: string | null;
    provisional: unknown;
    note: string | null;
  }[]) {
    byRow.get(Number(r.entity))?.push({
      period: r.period,
      value: r.value === null ? null : Number(r.value),
      series: r.series || null,
      provisional: Boolean(r.provisional),
      note: r.note || null,
    });
  }
  return byRow;
}

/** Deletes the observation components of `rowIds` and writes `observations` for each of them. */
export async function replaceObservations(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  rowIds: number[],
  observations: readonly Observation[],
): Promise<void> {
  const j = joinTableOf(strapi);
  const old = (await trx(j.table).whereIn(j.entity, rowIds).andWhere(j.field, FIELD).select(j.component)) as Record<
    string,
    number
  >[];
  await trx(j.table).whereIn(j.entity, rowIds).andWhere(j.field, FIELD).delete();
  const oldIds = old.map((r) => r[j.component]!);
  for (let i = 0; i < oldIds.length; i += CHUNK) {
    await strapi.db
      .query(OBSERVATION_COMPONENT as never)
      .deleteMany({ where: { id: { $in: oldIds.slice(i, i + CHUNK) } } });
  }
  if (observations.length === 0) return;
  for (const rowId of rowIds) {
    // createMany processes values as Strapi does (booleans, numbers) and returns the new ids.
    const { ids } = (await strapi.db
      .query(OBSERVATION_COMPONENT as never)
      .createMany({ data: observations.map((o) => ({ ...o })) })) as { ids: number[] };
    const links = ids.map((id, index) => ({
      [j.entity]: rowId,
      [j.component]: id,
      [j.type]: OBSERVATION_COMPONENT,
      [j.field]: FIELD,
      [j.order]: index + 1,
    }));
    for (let i = 0; i < links.length; i += CHUNK) await trx(j.table).insert(links.slice(i, i + CHUNK));
  }
}
