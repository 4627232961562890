// Seeds the demo data set once, on a database without KPIs, in a single
// transaction: either all of it is there or none of it (a crash midway
// leaves an empty database that is seeded again on the next start).
import {
  demoDataSchema,
  demoScaleSchema,
  formatProblems,
  formatSeriesLines,
  formatSynonymLines,
  describeIssues,
  multiplyDemoData,
  UID,
  type DemoData,
} from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';
import { demoData } from '../demo-data';

type Ids = Map<string | number, string>;
type Documents = Core.Strapi['documents'];

const ids = (map: Ids, keys: readonly (string | number)[]) =>
  keys.map((k) => map.get(k)).filter((id): id is string => Boolean(id));

function validated(data: DemoData): DemoData {
  const result = demoDataSchema.safeParse(data);
  if (!result.success) throw new Error(formatProblems('demo data', describeIssues(result.error, data)));
  return result.data;
}

/**
 * SDD_DEMO_SCALE=N seeds the demo data N times (copies with suffixed codes and slugs, multiplyDemoData): the publish
 * benchmark measures publish → live through a CMS holding ten times the demo. Unset: the demo as it is.
 */
function demoScale(): number {
  const result = demoScaleSchema.safeParse(process.env.SDD_DEMO_SCALE);
  if (!result.success) throw new Error(result.error.issues[0]?.message ?? 'SDD_DEMO_SCALE is invalid');
  return result.data;
}

async function createAll<T>(
  documents: Documents,
  uid: string,
  entries: readonly T[],
  key: (e: T) => string | number,
  data: (e: T) => object,
  drafts: ReadonlySet<string> = new Set(),
): Promise<Ids> {
  const map: Ids = new Map();
  for (const entry of entries) {
    const k = key(entry);
    const status = drafts.has(String(k)) ? 'draft' : 'published';
    const doc = await documents(uid as never).create({ data: data(entry), status } as never);
    map.set(k, (doc as { documentId: string }).documentId);
  }
  return map;
}

async function seed(strapi: Core.Strapi, d: DemoData): Promise<void> {
  const docs = strapi.documents;
  const sdgRows = await strapi.db.query(UID.sdg).findMany({ select: ['documentId', 'number'] });
  const sdg: Ids = new Map(sdgRows.map((s: { number: number; documentId: string }) => [s.number, s.documentId]));
  for (const s of d.sdgs) {
    const documentId = sdg.get(s.number);
    if (documentId) await docs(UID.sdg).update({ documentId, data: { description: s.description } } as never);
  }
  const dim = await createAll(
    docs,
    UID.actionDimension,
    d.actionDimensions,
    (x) => x.slug,
    (x) => x,
  );
  const field = await createAll(
    docs,
    UID.actionField,
    d.actionFields,
    (x) => x.slug,
    (x) => ({ ...x, dimension: dim.get(x.dimension) }),
  );
  const kpi = await createAll(
    docs,
    UID.kpi,
    d.kpis,
    (x) => x.code,
    // The CMS keeps comparison series one per line, and an override as status plus reason.
    ({ comparisonSeries, progressOverride, ...x }) => ({
      ...x,
      actionFields: ids(field, x.actionFields),
      comparisonSeries: formatSeriesLines(comparisonSeries),
      progressOverride: progressOverride?.status ?? null,
      progressOverrideReason: progressOverride?.reason ?? null,
    }),
    new Set(d.drafts.kpis),
  );
  const tile = await createAll(
    docs,
    UID.tile,
    d.tiles,
    (x) => x.slug,
    (x) => ({
      ...x,
      kpis: ids(kpi, x.kpis),
      sdgs: ids(sdg, x.sdgs),
      primaryActionField: x.primaryActionField ? field.get(x.primaryActionField) : null,
    }),
    new Set(d.drafts.tiles),
  );
  const body = await createAll(
    docs,
    UID.body,
    d.bodies,
    (x) => x.slug,
    (x) => x,
  );
  await createAll(
    docs,
    UID.meeting,
    d.meetings,
    (x) => x.slug,
    // The CMS attribute is `meetingStatus` (Strapi 5 reserves `status`); the content format keeps `status`.
    ({ status, ...x }) => ({
      ...x,
      meetingStatus: status,
      body: body.get(x.body),
      agendaItems: x.agendaItems.map((a) => ({
        ...a,
        tiles: ids(tile, a.tiles),
        kpis: ids(kpi, a.kpis),
        sdgs: ids(sdg, a.sdgs),
      })),
    }),
    new Set(d.drafts.meetings),
  );
  await createAll(
    docs,
    UID.page,
    d.pages,
    (x) => x.slug,
    (x) => x,
    new Set(d.drafts.pages),
  );
  // The CMS keeps synonym groups as editors type them: one line per group.
  await docs(UID.siteSetting).create({
    data: { ...d.settings, searchSynonyms: formatSynonymLines(d.settings.searchSynonyms) },
  } as never);
}

export async function seedDemoData(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'smart-data', key: 'demo-data-seeded' });
  if (await store.get()) return;
  if ((await strapi.db.query(UID.kpi).count()) > 0) return; // a real installation: never mix in demo data
  const scale = demoScale();
  const data = validated(scale === 1 ? demoData : multiplyDemoData(demoData, scale));
  const started = Date.now();
  await strapi.db.transaction(() => seed(strapi, data));
  await store.set({ value: { at: new Date().toISOString() } });
  strapi.log.info(
    `[cms] demo data seeded: ${data.kpis.length} KPIs, ${data.tiles.length} tiles, ${data.meetings.length} sessions in ${Date.now() - started} ms`,
  );
}
