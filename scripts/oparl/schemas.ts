// What the command reads from a council information system, as zod schemas:
// lenient where real servers differ from OParl 1.1 (../../shared/reference/oparl.md
// §1.7): `type` may be missing, 1.0 names (`resolution`) appear, a single
// object stands where a list belongs, blank and "N/A" strings mean nothing,
// `location` may be a URL instead of an object. Unknown fields are kept out.
import { z } from 'zod';

/** Blank, "N/A" and non-strings become undefined. */
const text = z.preprocess((v) => {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' || /^n\/?a$/i.test(t) ? undefined : t;
}, z.string().optional());

/** A list that a server may send as one object, or not at all. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(item));

const flag = z.preprocess((v) => (typeof v === 'string' ? v === 'true' : v), z.boolean().optional());

export const fileSchema = z.looseObject({
  id: text,
  name: text,
  fileName: text,
  accessUrl: text,
  downloadUrl: text,
  deleted: flag,
});

export const locationSchema = z.preprocess(
  // A URL where an embedded Location was expected: nothing to show without fetching it.
  (v) => (typeof v === 'object' && v !== null ? v : {}),
  z.looseObject({ description: text, streetAddress: text, room: text, postalCode: text, locality: text }),
);

/** A reference to another object: its URL, or the object embedded in its place (then its `id`). */
const reference = z.union([z.string(), z.looseObject({ id: z.string() })]);

export const paperSchema = z.looseObject({
  id: z.string(),
  deleted: flag,
  name: text,
  reference: text,
  paperType: text,
  web: text,
  mainFile: fileSchema.optional().catch(undefined),
});

export const consultationSchema = z.looseObject({
  id: z.string(),
  deleted: flag,
  /** The paper's URL, or (some servers) the paper embedded. */
  paper: reference.optional().catch(undefined),
  /** The meeting's URL (for a consultation that changed while its meeting did not). */
  meeting: text,
  role: text,
});

export const agendaItemSchema = z.looseObject({
  id: z.string(),
  deleted: flag,
  order: z.number().int().optional().catch(undefined),
  number: text,
  name: text,
  public: flag,
  result: text,
  resolutionText: text,
  /** OParl 1.0 drafts' name of `resolutionText`. */
  resolution: text,
  resolutionFile: fileSchema.optional().catch(undefined),
  auxiliaryFile: listOf(fileSchema).catch([]),
  /** One consultation: its URL or the consultation embedded. */
  consultation: reference.optional().catch(undefined),
  /** OParl 1.0 drafts' list of consultations. */
  consultations: listOf(reference).catch([]),
});

export const meetingSchema = z.looseObject({
  id: z.string(),
  deleted: flag,
  name: text,
  meetingState: text,
  cancelled: flag,
  start: text,
  end: text,
  location: locationSchema.optional().catch(undefined),
  organization: listOf(z.string()).catch([]),
  invitation: fileSchema.optional().catch(undefined),
  resultsProtocol: fileSchema.optional().catch(undefined),
  verbatimProtocol: fileSchema.optional().catch(undefined),
  auxiliaryFile: listOf(fileSchema).catch([]),
  agendaItem: listOf(agendaItemSchema),
  modified: text,
  web: text,
});

export const organizationSchema = z.looseObject({
  id: z.string(),
  deleted: flag,
  name: text,
  shortName: text,
  classification: text,
  organizationType: text,
  meeting: text,
  web: text,
});

export const bodySchema = z.looseObject({
  id: z.string(),
  deleted: flag,
  name: text,
  shortName: text,
  organization: text,
  meeting: text,
  /** External lists of 1.1 (optional here: a 1.0 server has no `consultation` list). */
  paper: text,
  consultation: text,
});

export const systemSchema = z.looseObject({
  id: text,
  oparlVersion: text,
  name: text,
  body: z.string(),
});

export type OparlFile = z.infer<typeof fileSchema>;
export type OparlAgendaItem = z.infer<typeof agendaItemSchema>;
export type OparlPaper = z.infer<typeof paperSchema>;
export type OparlConsultation = z.infer<typeof consultationSchema>;
export type OparlMeeting = z.infer<typeof meetingSchema>;
export type OparlOrganization = z.infer<typeof organizationSchema>;
export type OparlBody = z.infer<typeof bodySchema>;
export type OparlSystem = z.infer<typeof systemSchema>;
