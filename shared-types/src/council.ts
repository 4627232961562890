// Council bodies (Gremien), their sessions (Sitzungen) and agenda items
// (Tagesordnungspunkte). Maps onto OParl 1.1 Organization / Meeting /
// AgendaItem.
import { z } from 'zod';
import { httpUrlSchema, isoDateTimeSchema, markdownSchema, nonBlank, sdgNumberSchema, slugSchema } from './common.ts';
import { kpiCodeSchema } from './kpi.ts';

/** Kind of body: OParl Organization.organizationType, simplified. */
export const bodyKindSchema = z.enum([
  'council',
  'senate',
  'committee',
  'advisory-board',
  'working-group',
  'administration',
]);

export const bodySchema = z.object({
  /** Stable key and URL part, e.g. "digitalisierungs-und-organisationssenat". */
  slug: slugSchema,
  /** Full name, e.g. "Digitalisierungs- und Organisationssenat". */
  name: nonBlank('name'),
  /** Abbreviation, e.g. "DOS". */
  shortName: z.string().nullable(),
  /** What kind of body it is. */
  kind: bodyKindSchema,
  /** What the body does (Markdown). */
  description: markdownSchema,
  /** The body's page elsewhere, e.g. the council information system. */
  website: httpUrlSchema.nullable(),
  /** Position in lists; lower comes first. */
  order: z.number().int(),
});

/** Consultation type (Beratungstyp) of an agenda item. */
export const consultationTypeSchema = z.enum(['for-information', 'decision', 'preliminary-consultation', 'hearing']);

/**
 * Climate-impact rating (Angaben zur Klimawirkung, KÖP scheme): how much the
 * decision adds to or reduces greenhouse gases, or that no details are needed.
 */
export const climateImpactSchema = z.enum(['none-required', 'low', 'partial', 'high']);

/** Status of a session (OParl Meeting.meetingState, German council practice). */
export const meetingStatusSchema = z.enum(['scheduled', 'invitation', 'held', 'minutes', 'cancelled']);

/** A labelled link to a document elsewhere: invitation, minutes, a paper or its file in the council system. */
export const documentLinkSchema = z.object({ label: nonBlank('label'), url: httpUrlSchema });

export const agendaItemSchema = z.object({
  /** Item number as printed, e.g. "1", "2.1" (TOP-Nr.). */
  number: z.string().regex(/^\d{1,3}(\.\d{1,3})*$/, 'must be an agenda item number like "1" or "2.1"'),
  /** Title of the item. */
  title: nonBlank('title'),
  /** Discussed in the public part; non-public items never leave the CMS. */
  public: z.boolean(),
  /** Beratungstyp, e.g. "Zur Kenntnis nehmend" or "Beschließend". */
  consultationType: consultationTypeSchema,
  /** Beschlussvorschlag (Markdown). */
  resolutionProposal: markdownSchema,
  /** Begründung / Sachverhalt (Markdown). */
  reasoning: markdownSchema,
  /** Angaben zur Klimawirkung. */
  climateImpact: climateImpactSchema,
  /** Angaben zu den Kosten: does carrying out the decision cause costs? */
  causesCosts: z.boolean(),
  /** Outcome once decided, e.g. "Einstimmig beschlossen"; null before. */
  result: z.string().nullable(),
  /** Beschlusstext as decided (Markdown); empty before (or when the council system has none). */
  resolutionText: markdownSchema.default(''),
  /** Papers and files of the item (Vorlagen, Anlagen) in the council system. */
  links: z.array(documentLinkSchema).default([]),
  /** Slugs of tiles the item concerns. */
  tiles: z.array(slugSchema),
  /** Codes of KPIs the item concerns. */
  kpis: z.array(kpiCodeSchema),
  /** SDG numbers the item concerns. */
  sdgs: z.array(sdgNumberSchema),
});

export const meetingSchema = z.object({
  /** Stable key and URL part, e.g. "dos-2025-02-26". */
  slug: slugSchema,
  /** Slug of the body that meets. */
  body: slugSchema,
  /** Title, e.g. "1. Sitzung des Digitalisierungs- und Organisationssenates". */
  title: nonBlank('title'),
  /** Running number of the session within the body's term, if counted. */
  number: z.number().int().positive().nullable(),
  /** Start of the public part. */
  start: isoDateTimeSchema,
  /** End, if known. */
  end: isoDateTimeSchema.nullable(),
  /** Room and address, e.g. "Großer Sitzungssaal". */
  location: z.string().nullable(),
  /** Einladung, Protokoll, … */
  status: meetingStatusSchema,
  /** Datenstand of the record. */
  dataAsOf: isoDateTimeSchema.nullable(),
  /** Einladung, Protokoll and other files of the session, as links. */
  documents: z.array(documentLinkSchema).default([]),
  /** Agenda items in order. */
  agendaItems: z.array(agendaItemSchema),
});

export type BodyKind = z.infer<typeof bodyKindSchema>;
export type Body = z.infer<typeof bodySchema>;
export type ConsultationType = z.infer<typeof consultationTypeSchema>;
export type ClimateImpact = z.infer<typeof climateImpactSchema>;
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type DocumentLink = z.infer<typeof documentLinkSchema>;
