// The public read API of the CMS as the snapshot command receives it
// (Strapi 5 REST, flat entries, relations populated). Loose objects: Strapi
// adds id, documentId, timestamps and locale, which the snapshot ignores.
// Empty text fields arrive as null.
import { z } from 'zod';

const text = z.string().nullable();
const ref = <K extends string, T extends z.ZodType>(key: K, type: T) => z.looseObject({ [key]: type } as Record<K, T>);

export const apiSdgSchema = z.looseObject({
  number: z.number(),
  titleDe: z.string(),
  titleEn: z.string(),
  color: z.string(),
  description: text,
});

export const apiActionDimensionSchema = z.looseObject({
  slug: z.string(),
  name: z.string(),
  description: text,
  order: z.number(),
});

export const apiActionFieldSchema = z.looseObject({
  slug: z.string(),
  name: z.string(),
  description: text,
  order: z.number(),
  /** Null when the field's dimension was removed. */
  dimension: ref('slug', z.string()).nullable(),
});

export const apiObservationSchema = z.looseObject({
  period: z.string(),
  value: z.number().nullable(),
  series: text,
  provisional: z.boolean().nullable(),
  note: text,
});

export const apiKpiSchema = z.looseObject({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  description: text,
  method: text,
  sourceName: z.string(),
  sourceUrl: text,
  licence: z.string(),
  periodicity: z.string(),
  polarity: z.string(),
  decimals: z.number(),
  target: z.looseObject({ value: z.number(), year: z.number(), label: text }).nullable(),
  observations: z.array(apiObservationSchema),
  sdgs: z.array(z.looseObject({ goal: z.number(), target: text })),
  actionFields: z.array(ref('slug', z.string())),
  responsibleOffice: text,
  dataAsOf: text,
  exampleData: z.boolean().nullable(),
  comparisonSeries: text.optional(),
  progressOverride: text.optional(),
  progressOverrideReason: text.optional(),
});

export const apiTileSchema = z.looseObject({
  slug: z.string(),
  title: z.string(),
  teaser: text,
  body: text,
  kpis: z.array(ref('code', z.string())),
  chartType: z.string(),
  showTarget: z.boolean().nullable(),
  primaryActionField: ref('slug', z.string()).nullable(),
  sdgs: z.array(ref('number', z.number())),
  featured: z.boolean().nullable(),
  order: z.number(),
});

export const apiBodySchema = z.looseObject({
  slug: z.string(),
  name: z.string(),
  shortName: text,
  kind: z.string(),
  description: text,
  website: text,
  order: z.number(),
});

export const apiAgendaItemSchema = z.looseObject({
  number: z.string(),
  title: z.string(),
  public: z.boolean(),
  consultationType: z.string(),
  resolutionProposal: text,
  reasoning: text,
  climateImpact: z.string(),
  causesCosts: z.boolean().nullable(),
  result: text,
  resolutionText: text.optional(),
  links: z.array(z.looseObject({ label: z.string(), url: z.string() })).nullish(),
  tiles: z.array(ref('slug', z.string())),
  kpis: z.array(ref('code', z.string())),
  sdgs: z.array(ref('number', z.number())),
});

export const apiMeetingSchema = z.looseObject({
  slug: z.string(),
  title: z.string(),
  number: z.number().nullable(),
  start: z.string(),
  end: text,
  location: text,
  // `status` is reserved by Strapi 5's draft & publish; the snapshot keeps `status`.
  meetingStatus: z.string(),
  dataAsOf: text,
  body: ref('slug', z.string()).nullable(),
  documents: z.array(z.looseObject({ label: z.string(), url: z.string() })).nullish(),
  agendaItems: z.array(apiAgendaItemSchema),
});

export const apiPageSchema = z.looseObject({ slug: z.string(), title: z.string(), kind: z.string(), body: text });

export const apiSiteSettingsSchema = z.looseObject({
  cityName: z.string(),
  siteTitle: z.string(),
  intro: text,
  accentColor: z.string(),
  contactEmail: text,
  contactAddress: text,
  dataLicence: z.string(),
  footerLinks: z.array(z.looseObject({ label: z.string(), url: z.string() })),
  /** One synonym group per line, words separated by commas. */
  searchSynonyms: text.optional(),
  /** The progress method's text (Markdown); empty: the generated one. */
  progressMethodText: text.optional(),
  /** Open-data identity (optional: a CMS from before these fields). */
  contactUrl: text.optional(),
  dataLicenceId: text.optional(),
  officialKey: text.optional(),
  contributorId: text.optional(),
});

/** One page of a collection: `GET /api/<plural>?pagination[page]=n`. */
export const apiPageOfSchema = <T extends z.ZodType>(entry: T) =>
  z.object({
    data: z.array(entry),
    meta: z.object({
      pagination: z.object({ page: z.number(), pageSize: z.number(), pageCount: z.number(), total: z.number() }),
    }),
  });

export type ApiSdg = z.infer<typeof apiSdgSchema>;
export type ApiActionDimension = z.infer<typeof apiActionDimensionSchema>;
export type ApiActionField = z.infer<typeof apiActionFieldSchema>;
export type ApiKpi = z.infer<typeof apiKpiSchema>;
export type ApiTile = z.infer<typeof apiTileSchema>;
export type ApiBody = z.infer<typeof apiBodySchema>;
export type ApiMeeting = z.infer<typeof apiMeetingSchema>;
export type ApiAgendaItem = z.infer<typeof apiAgendaItemSchema>;
export type ApiPage = z.infer<typeof apiPageSchema>;
export type ApiSiteSettings = z.infer<typeof apiSiteSettingsSchema>;
