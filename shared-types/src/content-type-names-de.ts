// The German name of each content type, as editors know it from the admin:
// the CMS names the entry in its save messages, the publisher in its history
// ("Kennzahl KLI-01 veröffentlicht"). Keyed by the type's singular name.
export const CONTENT_TYPE_NAMES_DE = {
  kpi: 'Kennzahl',
  sdg: 'SDG',
  tile: 'Kachel',
  'action-dimension': 'Handlungsdimension',
  'action-field': 'Handlungsfeld',
  body: 'Gremium',
  meeting: 'Sitzung',
  page: 'Seite',
  'site-setting': 'Website-Einstellungen',
} as const;

export type ContentTypeName = keyof typeof CONTENT_TYPE_NAMES_DE;

/** The German name for a singular name or a UID ("plugin::smart-data.kpi"), or undefined for other types. */
export function contentTypeNameDe(singularOrUid: string): string | undefined {
  const singular = singularOrUid.split('.').pop() ?? '';
  return Object.hasOwn(CONTENT_TYPE_NAMES_DE, singular)
    ? CONTENT_TYPE_NAMES_DE[singular as ContentTypeName]
    : undefined;
}
