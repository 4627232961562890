// The publisher's status, as GET /status answers it and the CMS admin page
// shows it.
import { z } from 'zod';

export const buildStepSchema = z.object({
  /** "snapshot", "astro build + pagefind", "checks", "switch" (in German: buildStepInWords). */
  name: z.string(),
  /** Duration in milliseconds. */
  ms: z.number().nonnegative(),
});

/** The entry a build problem is about, so that the admin can link to it. */
export const problemEntrySchema = z.object({
  /** Content-type UID, e.g. "plugin::smart-data.page". */
  uid: z.string(),
  /** The type's German name, e.g. "Seite". */
  typeName: z.string(),
  /** The stable key editors know, e.g. { field: "slug", value: "kacheln" }; null for the site settings. */
  key: z.object({ field: z.string(), value: z.string() }).nullable(),
  /** The entry's name as the admin lists it, e.g. "Unsere Kacheln" or "KLI-01 – CO₂-Emissionen". */
  name: z.string(),
  /** Strapi's documentId, when the snapshot saw it: the admin links straight to the entry. */
  documentId: z.string().nullable(),
});

/**
 * Why a build failed, for editors: what, where (entry and field in words)
 * and what to do, in German. Technical detail stays in the publisher's log.
 */
export const buildProblemSchema = z.object({
  /**
   * content: published content the site cannot take; cms: the CMS unreachable or refusing the token; site: the site
   * build; checks: the built site's checks; publisher: anything else.
   */
  kind: z.enum(['content', 'cms', 'site', 'checks', 'publisher']),
  entry: problemEntrySchema.nullable(),
  /** The field in words as the form labels it, e.g. "Kurzname (URL)" or "Werte („2023“), Zeitraum". */
  field: z.string().nullable(),
  /** What is wrong. */
  message: z.string(),
  /** What to do about it. */
  remedy: z.string(),
});

export const buildRecordSchema = z.object({
  /** Sortable id, e.g. "20250303-092100-123". */
  id: z.string(),
  /**
   * What caused it, in words, e.g. "Kennzahl KLI-01 veröffentlicht" or "Von Hand gestartet": the first SHOWN_REASONS
   * events, then "… und N weitere Änderungen".
   */
  reasons: z.array(z.string()),
  /** How many events it took in, counted past those in `reasons`; null in records written before it was counted. */
  eventCount: z.number().int().nonnegative().nullable().default(null),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  outcome: z.enum(['running', 'success', 'failure']),
  /** Steps done so far, with their durations. */
  steps: z.array(buildStepSchema),
  /** For a failure: one German sentence saying which step failed (the problems say why). */
  error: z.string().nullable(),
  /** For a failure: the problems found, located; records written before these existed have none. */
  problems: z.array(buildProblemSchema).default([]),
  /** Pages in the built site. */
  pages: z.number().int().nullable(),
});

/** A webhook event that started no live build, and why, in German. */
export const noBuildEventSchema = z.object({
  at: z.iso.datetime(),
  /** e.g. "Entwurf von Kennzahl KLI-01 gespeichert – keine Veröffentlichung nötig". */
  reason: z.string(),
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
  /** The newest events that started no live build (draft saves, media, admin-only), newest first. */
  noBuildEvents: z.array(noBuildEventSchema).default([]),
  /** All of them since the state folder was created, also past those listed. */
  noBuildEventCount: z.number().int().nonnegative().default(0),
});

export type BuildStep = z.infer<typeof buildStepSchema>;
export type ProblemEntry = z.infer<typeof problemEntrySchema>;
export type BuildProblem = z.infer<typeof buildProblemSchema>;
export type BuildRecord = z.infer<typeof buildRecordSchema>;
export type NoBuildEvent = z.infer<typeof noBuildEventSchema>;
export type PublisherStatus = z.infer<typeof publisherStatusSchema>;

/** Events named per build record; a burst (say, an import) can bring thousands. */
export const SHOWN_REASONS = 10;

/**
 * A build's occasion in one line, as the admin's history shows it: up to
 * three events in words; past that the first two and how many more, counted
 * from all events (a burst of 500 says "… und 498 weitere Änderungen", not the
 * number of reasons kept).
 */
export function buildOccasion(build: Pick<BuildRecord, 'reasons' | 'eventCount'>): string {
  const total = build.eventCount ?? build.reasons.length;
  const words = build.reasons.slice(0, Math.min(total, SHOWN_REASONS));
  if (total <= 3) return words.join(', ');
  return `${words.slice(0, 2).join(', ')} und ${(total - 2).toLocaleString('de-DE')} weitere Änderungen`;
}

/** The build steps in German, as the admin shows them; the records keep the English names the logs use. */
const STEP_WORDS: Record<string, string> = {
  snapshot: 'Inhalte lesen',
  'astro build + pagefind': 'Website und Suchindex bauen',
  checks: 'Prüfen',
  switch: 'Freischalten',
};

/** A step in German words ("Inhalte lesen"); a step this list does not know keeps its name. */
export const buildStepInWords = (name: string): string => STEP_WORDS[name] ?? name;

/** A duration as the admin shows it: "1,4 s" (German decimal comma). */
export const secondsDe = (ms: number): string =>
  `${(ms / 1000).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;

/** A build's steps in one line: "2,1 s (Inhalte lesen 0,2 s, Website und Suchindex bauen 1,6 s, …)". */
export function buildStepsInWords(build: Pick<BuildRecord, 'steps'>): string {
  const total = secondsDe(build.steps.reduce((n, s) => n + s.ms, 0));
  if (build.steps.length === 0) return total;
  return `${total} (${build.steps.map((s) => `${buildStepInWords(s.name)} ${secondsDe(s.ms)}`).join(', ')})`;
}
