// Validates editor and API input for the dashboard's content types before
// the document service writes it; refuses deleting the fixed SDG catalogue.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { contentTypeNameDe, isPluginUid } from '@sdd/shared-types';
import { UID } from '../uids';
import type { Data, DocumentContext } from './document-context';
import { SLUG_FROM } from './slug-from-title';
import { throwIfProblems, type FieldProblem } from './problem';
import { fieldInWords } from './field-words';
import { leavesRelationEmpty } from './relation-value';
import { checkOpenDataSettings } from './open-data-settings';
import {
  checkAgendaItems,
  checkComparisonSeries,
  checkProgressOverride,
  checkFooterLinks,
  checkKpiCode,
  checkLink,
  checkNotBlank,
  checkObservations,
  checkPageSlug,
  checkSdgAssignments,
  checkSdgNumber,
  checkSlug,
  checkTarget,
  checkTargetAfterData,
  checkUnit,
} from './rules';

const WRITES: readonly string[] = ['create', 'update', 'clone'];
// The types with a URL name are those whose name can be made from the title.
const SLUGGED: readonly string[] = Object.keys(SLUG_FROM);
/** The German name of one of the plugin's types; undefined for Strapi's own (users, files, …). */
const typeName = (uid: string) => (isPluginUid(uid) ? contentTypeNameDe(uid) : undefined);

/** Required texts per type, with their field names as the form shows them. */
const REQUIRED_TEXT: Record<string, Record<string, string>> = {
  [UID.kpi]: { name: 'Name', sourceName: 'Quelle', licence: 'Lizenz' },
  [UID.tile]: { title: 'Titel' },
  [UID.meeting]: { title: 'Titel' },
  [UID.page]: { title: 'Titel' },
  [UID.body]: { name: 'Name' },
  [UID.actionDimension]: { name: 'Name' },
  [UID.actionField]: { name: 'Name' },
  [UID.siteSetting]: { cityName: 'Name der Stadt', siteTitle: 'Titel der Website', dataLicence: 'Datenlizenz' },
};

const NO_BODY =
  'Bitte ein Gremium wählen: jede Sitzung gehört zu einem Gremium, sonst kann die Website sie nicht zeigen.';

/** Another document (not `documentId`) of `uid` whose `field` equals `value`, if any, with its `label` field. */
async function findOtherWith(
  strapi: Core.Strapi,
  uid: string,
  field: string,
  value: unknown,
  label: string,
  documentId?: string,
) {
  const rows = await strapi.db
    .query(uid as never)
    .findMany({ where: { [field]: value }, select: ['documentId', label], limit: 5 });
  return (rows as Data[]).find((r) => r.documentId !== documentId);
}

async function kpiProblems(
  strapi: Core.Strapi,
  data: Data,
  isCreate: boolean,
  documentId?: string,
): Promise<FieldProblem[]> {
  const problems = [
    ...checkKpiCode(data.code),
    ...checkUnit(data.unit, isCreate),
    ...checkObservations(data.observations),
    ...checkSdgAssignments(data.sdgs),
    ...checkTarget(data.target),
    ...checkTargetAfterData(data.target, data.observations),
    ...checkLink('sourceUrl', data.sourceUrl),
    ...checkComparisonSeries(data.comparisonSeries, data.observations),
    ...checkProgressOverride(data.progressOverride, data.progressOverrideReason),
  ];
  if (typeof data.code === 'string' && !problems.some((p) => p.path[0] === 'code')) {
    const other = await findOtherWith(strapi, UID.kpi, 'code', data.code, 'name', documentId);
    if (other)
      problems.push({
        path: ['code'],
        message: `Der Code „${data.code}“ ist schon an die Kennzahl „${String(other.name)}“ vergeben. Codes müssen eindeutig sein.`,
      });
  }
  return problems;
}

async function sdgProblems(strapi: Core.Strapi, data: Data, documentId?: string): Promise<FieldProblem[]> {
  if (data.number === undefined) return [];
  const problems = checkSdgNumber(data.number, ['number']);
  if (problems.length === 0) {
    const other = await findOtherWith(strapi, UID.sdg, 'number', data.number, 'titleDe', documentId);
    if (other)
      problems.push({
        path: ['number'],
        message: `SDG ${String(data.number)} gibt es schon („${String(other.titleDe)}“). Jede Nummer darf nur einmal vorkommen.`,
      });
  }
  return problems;
}

export function validationMiddleware(strapi: Core.Strapi) {
  // Read when a problem is described: the registries fill after register().
  const inWords = (uid: string) => (path: readonly string[]) =>
    fieldInWords(
      { ...strapi.contentTypes, ...strapi.components } as unknown as Parameters<typeof fieldInWords>[0],
      uid,
      path,
    );
  return async (context: DocumentContext, next: () => Promise<unknown>) => {
    const { uid, action, params } = context;
    if (uid === UID.sdg && action === 'delete') {
      // A ValidationError, not a ForbiddenError: the content manager replaces
      // the latter's message with a bare "Forbidden".
      throw new errors.ValidationError(
        'Die 17 SDGs sind ein fester Katalog und können nicht gelöscht werden. Beschreibungen lassen sich bearbeiten.',
      );
    }
    if (WRITES.includes(action) && params.data && typeName(uid)) {
      const data = params.data;
      const isCreate = action === 'create';
      // Only an update may keep its own code or number; a clone must not.
      const self = action === 'update' ? params.documentId : undefined;
      const problems: FieldProblem[] = SLUGGED.includes(uid) ? checkSlug(data.slug) : [];
      // Made from the title when left empty (slug-from-title.ts); still empty means no title either.
      if (SLUGGED.includes(uid) && (data.slug === null || data.slug === '' || (isCreate && data.slug === undefined))) {
        problems.push({
          path: ['slug'],
          message:
            'Bitte einen Kurznamen (URL) angeben oder zuerst den Titel ausfüllen: aus ihm wird der Kurzname erzeugt.',
        });
      }
      if (uid === UID.kpi) problems.push(...(await kpiProblems(strapi, data, isCreate, self)));
      if (uid === UID.sdg) problems.push(...(await sdgProblems(strapi, data, self)));
      problems.push(...checkNotBlank(data, REQUIRED_TEXT[uid] ?? {}, isCreate));
      if (uid === UID.body) problems.push(...checkLink('website', data.website));
      if (uid === UID.page) problems.push(...checkPageSlug(data.slug));
      if (uid === UID.siteSetting) problems.push(...checkFooterLinks(data.footerLinks), ...checkOpenDataSettings(data));
      if (uid === UID.meeting) {
        problems.push(...checkAgendaItems(data.agendaItems));
        if (leavesRelationEmpty(data.body, isCreate)) problems.push({ path: ['body'], message: NO_BODY });
      }
      if (uid === UID.kpi && action === 'clone' && data.code === undefined) {
        problems.push({ path: ['code'], message: 'Eine duplizierte Kennzahl braucht einen neuen, eindeutigen Code.' });
      }
      throwIfProblems(typeName(uid) ?? uid, problems, inWords(uid));
    }
    if (uid === UID.meeting && action === 'publish' && params.documentId) {
      // A draft saved before this rule existed (or through the API) may lack its body.
      const draft = await strapi.db
        .query(UID.meeting)
        .findOne({ where: { documentId: params.documentId, publishedAt: null }, populate: { body: true } });
      if (draft && !(draft as Data).body)
        throwIfProblems(typeName(uid)!, [{ path: ['body'], message: NO_BODY }], inWords(uid));
    }
    return next();
  };
}
