// Reads all published content from the CMS and returns it as one validated
// snapshot; a validation failure names the entry, the field and the problem.
import {
  SNAPSHOT_FORMAT_VERSION,
  apiActionDimensionSchema,
  apiActionFieldSchema,
  apiBodySchema,
  apiKpiSchema,
  apiMeetingSchema,
  apiPageSchema,
  apiSdgSchema,
  apiSiteSettingsSchema,
  apiTileSchema,
  describeIssues,
  formatProblems,
  snapshotSchema,
  type Snapshot,
} from '@sdd/shared-types';
import type { z } from 'zod';
import { CmsError, pagedSort, type CmsClient } from './cms-client.ts';
import * as to from './to-snapshot.ts';

/**
 * The entries of the candidate snapshot, by collection, as the CMS sent them (with `documentId`): problems are located
 * in them.
 */
export type SourceEntries = Record<string, readonly Record<string, unknown>[]>;

/** Published content the site cannot take: the issues, the candidate they refer to, and the CMS entries behind it. */
export class SnapshotInvalidError extends Error {
  override readonly name = 'SnapshotInvalidError';
  readonly issues: z.ZodError;
  readonly candidate: unknown;
  readonly sources: SourceEntries;
  constructor(message: string, issues: z.ZodError, candidate: unknown, sources: SourceEntries) {
    super(message);
    this.issues = issues;
    this.candidate = candidate;
    this.sources = sources;
  }
}

export const POPULATE = {
  fields: 'populate[dimension][fields][0]=slug',
  kpis: 'populate[target]=true&populate[observations]=true&populate[sdgs]=true&populate[actionFields][fields][0]=slug',
  tiles: 'populate[kpis][fields][0]=code&populate[primaryActionField][fields][0]=slug&populate[sdgs][fields][0]=number',
  meetings:
    'populate[body][fields][0]=slug&populate[agendaItems][populate][tiles][fields][0]=slug&populate[agendaItems][populate][kpis][fields][0]=code&populate[agendaItems][populate][sdgs][fields][0]=number&populate[agendaItems][populate][links]=true&populate[documents]=true',
  settings: 'populate[footerLinks]=true',
};

/** A snapshot and the CMS's keys of its KPIs (documentId → code), for reading only changed KPIs next time. */
export interface SnapshotRead {
  snapshot: Snapshot;
  kpiCodes: ReadonlyMap<string, string>;
  /** When all published content was last read (Date.now()); a snapshot of only some KPIs keeps its predecessor's. */
  everythingReadAt: number;
}

/** The documentId of an entry as the CMS sent it (the API schemas pass it through unchecked). */
export const documentIdOf = (entry: object) => {
  const id = (entry as { documentId?: unknown }).documentId;
  return typeof id === 'string' ? id : null;
};

export async function takeSnapshot(cms: CmsClient, source: string, now = new Date()): Promise<Snapshot> {
  return (await readSnapshot(cms, source, now)).snapshot;
}

/**
 * Promise.all, but when reads fail the error that tells most is thrown: a refused token before any other. A token
 * without read access to one type also fails the reads that populate it (Strapi answers those with 400), and whichever
 * failed first would otherwise name the cause, as a different one from run to run.
 */
async function allReads<T extends readonly unknown[] | []>(
  reads: T,
): Promise<{ -readonly [P in keyof T]: Awaited<T[P]> }> {
  const settled = await Promise.allSettled(reads);
  const failed = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failed.length > 0) throw failed.find((e) => e instanceof CmsError && e.kind === 'refused') ?? failed[0];
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as {
    -readonly [P in keyof T]: Awaited<T[P]>;
  };
}

export async function readSnapshot(cms: CmsClient, source: string, now = new Date()): Promise<SnapshotRead> {
  const [sdgs, actionDimensions, actionFields, kpis, tiles, bodies, meetings, pages, settings] = await allReads([
    cms.collection('sdgs', pagedSort('number', 'number'), apiSdgSchema),
    cms.collection('action-dimensions', pagedSort('order', 'slug'), apiActionDimensionSchema),
    cms.collection('action-fields', `${pagedSort('order', 'slug')}&${POPULATE.fields}`, apiActionFieldSchema),
    cms.collection('kpis', `${pagedSort('code', 'code')}&${POPULATE.kpis}`, apiKpiSchema),
    cms.collection('tiles', `${pagedSort('order', 'slug')}&${POPULATE.tiles}`, apiTileSchema),
    cms.collection('bodies', pagedSort('order', 'slug'), apiBodySchema),
    cms.collection('meetings', `${pagedSort('start', 'slug')}&${POPULATE.meetings}`, apiMeetingSchema),
    cms.collection('pages', pagedSort('slug', 'slug'), apiPageSchema),
    cms.single('site-setting', POPULATE.settings, apiSiteSettingsSchema),
  ]);
  const candidate = {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    generatedAt: now.toISOString(),
    source,
    settings: to.settings(settings),
    sdgs: sdgs.map(to.sdg),
    actionDimensions: actionDimensions.map(to.actionDimension),
    actionFields: actionFields.map(to.actionField),
    kpis: kpis.map(to.kpi),
    tiles: tiles.map(to.tile),
    bodies: bodies.map(to.body),
    meetings: meetings.map(to.meeting),
    pages: pages.map(to.page),
  };
  const result = snapshotSchema.safeParse(candidate);
  if (!result.success) {
    const sources = {
      sdgs,
      actionDimensions,
      actionFields,
      kpis,
      tiles,
      bodies,
      meetings,
      pages,
      settings: [settings],
    };
    throw new SnapshotInvalidError(
      formatProblems(
        `The published content is not valid (fix it in the CMS at ${source})`,
        describeIssues(result.error, candidate),
      ),
      result.error,
      candidate,
      sources,
    );
  }
  const kpiCodes = new Map<string, string>();
  for (const k of kpis) {
    const id = documentIdOf(k);
    if (id) kpiCodes.set(id, k.code);
  }
  return { snapshot: result.data, kpiCodes, everythingReadAt: now.getTime() };
}

export { CmsError };
