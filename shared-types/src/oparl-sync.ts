// The council-data sync (OParl 1.1, `npm run oparl`): what the command sends
// the CMS (`POST /api/oparl/sync`) and what the CMS answers. The command reads
// the council information system and maps it to these shapes; the CMS compares
// them with the entries that carry the same OParl ids and writes the
// difference in one transaction (or, on a dry run, only reports it).
import { z } from 'zod';
import { bodyKindSchema, consultationTypeSchema, meetingStatusSchema } from './council.ts';
import { isoDateTimeSchema } from './common.ts';

/** An OParl id: the object's canonical URL. */
export const oparlIdSchema = z.url({ protocol: /^https?$/, message: 'must be the OParl object URL (http or https)' });

/** A document or paper the site may link to (an OParl File's access URL, a paper's page). */
export const oparlLinkSchema = z.object({
  label: z.string().min(1).max(255),
  url: z.string().min(1).max(2000),
  /**
   * Set on the links taken from a paper (Drucksache): its OParl id. Stored privately with the link, so a later
   * incremental sync can rename or drop the links of a changed or deleted paper without its meeting having changed.
   */
  paperOparlId: oparlIdSchema.optional(),
});

/** A paper (Drucksache) that changed upstream, as the links an agenda item shows for it. */
export const oparlPaperInputSchema = z.object({ oparlId: oparlIdSchema, links: z.array(oparlLinkSchema) });

/** An OParl Organization (Gremium) as a CMS body. */
export const oparlBodyInputSchema = z.object({
  oparlId: oparlIdSchema,
  name: z.string().min(1),
  shortName: z.string().nullable(),
  kind: bodyKindSchema,
  website: z.string().nullable(),
});

/** An OParl AgendaItem as a CMS agenda item; editors' fields (tiles, KPIs, SDGs, …) are not part of it. */
export const oparlAgendaItemInputSchema = z.object({
  oparlId: oparlIdSchema,
  /** Normalised to the CMS's pattern ("10." → "10"). */
  number: z.string().regex(/^\d{1,3}(\.\d{1,3})*$/),
  title: z.string().min(1),
  public: z.boolean(),
  result: z.string().nullable(),
  resolutionText: z.string().nullable(),
  /**
   * Beratungstyp from the consultation's `role` ("Entscheidung" → decision, …); null when the council system names
   * none the CMS knows: then the editor's choice stays.
   */
  consultationType: consultationTypeSchema.nullable().default(null),
  /** The paper's links first (none for a non-public item), then the item's own files. */
  links: z.array(oparlLinkSchema),
});

/** An OParl Meeting as a CMS meeting; agenda items in OParl order. */
export const oparlMeetingInputSchema = z.object({
  oparlId: oparlIdSchema,
  body: oparlIdSchema,
  title: z.string().min(1),
  start: isoDateTimeSchema,
  end: isoDateTimeSchema.nullable(),
  location: z.string().nullable(),
  meetingStatus: meetingStatusSchema,
  /** The OParl object's `modified`: the record's Datenstand. */
  dataAsOf: isoDateTimeSchema.nullable(),
  documents: z.array(oparlLinkSchema),
  agendaItems: z.array(oparlAgendaItemInputSchema),
});

export const oparlSyncRequestSchema = z.object({
  /** Only report what would change; write nothing. */
  dryRun: z.boolean(),
  bodies: z.array(oparlBodyInputSchema),
  /** Meetings new or changed upstream (all of them on a full sync). */
  meetings: z.array(oparlMeetingInputSchema),
  /** Meetings the server reports as deleted (`deleted: true`): unpublished in the CMS, never deleted. */
  deletedMeetings: z.array(oparlIdSchema),
  /**
   * On a full sync, the bodies whose meeting lists were read completely: a
   * meeting of theirs with an OParl id that is missing from `meetings` is
   * gone upstream and is unpublished too. Empty on an incremental sync.
   */
  completeBodies: z.array(oparlIdSchema),
  /**
   * Papers changed upstream since the last run (incremental sync only): every stored agenda item showing a paper's
   * links gets its new ones, even when the item's meeting is unchanged.
   */
  papers: z.array(oparlPaperInputSchema).default([]),
  /** Papers the server reports as deleted: their links leave every agenda item. */
  deletedPapers: z.array(oparlIdSchema).default([]),
});

export const oparlChangeSchema = z.object({
  // Agenda items are removed (they are parts of their meeting); meetings are unpublished, never deleted.
  action: z.enum(['create', 'update', 'unpublish', 'remove']),
  type: z.enum(['body', 'meeting', 'agenda-item']),
  oparlId: z.string(),
  /** Name or title, for people. */
  name: z.string(),
  /** For updates: the changed fields in German words; for agenda items: the meeting's title. */
  detail: z.string(),
});

export const oparlSyncResultSchema = z.object({
  dryRun: z.boolean(),
  changes: z.array(oparlChangeSchema),
  /** Entries written (0 on a dry run and when nothing changed). */
  writes: z.number().int().min(0),
  /** Agenda items removed because they are deleted upstream or no longer on their meeting's agenda. */
  removedAgendaItems: z.number().int().min(0),
});

export type OparlLink = z.infer<typeof oparlLinkSchema>;
export type OparlPaperInput = z.infer<typeof oparlPaperInputSchema>;
export type OparlBodyInput = z.infer<typeof oparlBodyInputSchema>;
export type OparlAgendaItemInput = z.infer<typeof oparlAgendaItemInputSchema>;
export type OparlMeetingInput = z.infer<typeof oparlMeetingInputSchema>;
export type OparlSyncRequest = z.infer<typeof oparlSyncRequestSchema>;
export type OparlChange = z.infer<typeof oparlChangeSchema>;
export type OparlSyncResult = z.infer<typeof oparlSyncResultSchema>;

/** The CMS route of the sync (its body may be up to the import's 16 MB). */
export const OPARL_SYNC_PATH = '/api/oparl/sync';
