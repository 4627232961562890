// "Datenstand" of a KPI follows its values: publishing changed values sets
// it to today (Berlin time), unless the editor changed the date themselves.
import type { Core } from '@strapi/strapi';
import { observationKey } from '@sdd/shared-types';
import { UID } from '../uids';
import type { DocumentContext } from './document-context';

type Observation = { period: string; series: string | null; value: number | null; provisional?: boolean };
type KpiVersion = { dataAsOf?: string | null; observations?: Observation[] } | null;

const fingerprint = (observations: Observation[] = []) =>
  observations
    .map(
      (o) =>
        `${observationKey({ period: o.period, series: o.series || null })}=${String(o.value)}${o.provisional ? '*' : ''}`,
    )
    .sort()
    .join(';');

export const todayInBerlin = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);

export function valuesChanged(draft: KpiVersion, live: KpiVersion): boolean {
  return fingerprint(draft?.observations) !== fingerprint(live?.observations) && (draft?.observations?.length ?? 0) > 0;
}

export function dataAsOfMiddleware(strapi: Core.Strapi) {
  return async (context: DocumentContext, next: () => Promise<unknown>) => {
    const documentId = context.params.documentId;
    if (context.uid === UID.kpi && context.action === 'publish' && documentId) {
      const read = (status: 'draft' | 'published') =>
        strapi.documents(UID.kpi).findOne({
          documentId,
          status,
          fields: ['dataAsOf'],
          populate: { observations: true },
        } as never) as Promise<KpiVersion>;
      const [draft, live] = [await read('draft'), await read('published')];
      const editorSetDate = (draft?.dataAsOf ?? null) !== (live?.dataAsOf ?? null);
      if (draft && !editorSetDate && valuesChanged(draft, live)) {
        await strapi
          .documents(UID.kpi)
          .update({ documentId, status: 'draft', data: { dataAsOf: todayInBerlin() } } as never);
      }
    }
    return next();
  };
}
