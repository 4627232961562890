// The publisher's status, as GET /status answers it and the CMS admin page
// shows it.
import { z } from 'zod';

export const buildStepSchema = z.object({
  /** "snapshot", "astro build + pagefind", "checks", "switch". */
  name: z.string(),
  /** Duration in milliseconds. */
  ms: z.number().nonnegative(),
});

export const buildRecordSchema = z.object({
  /** Sortable id, e.g. "20250303-092100-123". */
  id: z.string(),
  /** What caused it, in words, e.g. "Kennzahl KLI-01 veröffentlicht" or "Von Hand gestartet". */
  reasons: z.array(z.string()),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  outcome: z.enum(['running', 'success', 'failure']),
  /** Steps done so far, with their durations. */
  steps: z.array(buildStepSchema),
  /** For a failure: which step failed and why. */
  error: z.string().nullable(),
  /** Pages in the built site. */
  pages: z.number().int().nullable(),
});

export const publisherStatusSchema = z.object({
  /** The build being served. */
  live: buildRecordSchema.nullable(),
  running: buildRecordSchema.nullable(),
  /** Another build will follow the running one. */
  queued: z.boolean(),
  /** Events waiting to become a build. */
  pendingEvents: z.number().int(),
  lastSuccess: buildRecordSchema.nullable(),
  lastFailure: buildRecordSchema.nullable(),
  /** Newest first. */
  history: z.array(buildRecordSchema),
});

export type BuildStep = z.infer<typeof buildStepSchema>;
export type BuildRecord = z.infer<typeof buildRecordSchema>;
export type PublisherStatus = z.infer<typeof publisherStatusSchema>;
