// The snapshot: all *published*, public content read from the CMS in one
// validated document. The site is built from this file and nothing else.
import { z } from 'zod';
import { isoDateTimeSchema } from './common.ts';
import { checkContentReferences, contentShape } from './content.ts';

export const SNAPSHOT_FORMAT_VERSION = 1;

export const snapshotSchema = z
  .object({
    /** Version of this format; bumped on incompatible changes. */
    formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
    /** When the snapshot was taken. */
    generatedAt: isoDateTimeSchema,
    /** Base URL of the CMS it was read from (no credentials). */
    source: z.string(),
    ...contentShape,
  })
  .superRefine((snapshot, ctx) => {
    checkContentReferences(snapshot, ctx);
    // Defence in depth: the CMS never serves non-public items, and a
    // snapshot that holds one must not be published.
    snapshot.meetings.forEach((m, i) =>
      m.agendaItems.forEach((a, j) => {
        if (!a.public)
          ctx.addIssue({
            code: 'custom',
            path: ['meetings', i, 'agendaItems', j, 'public'],
            message: 'nichtöffentlicher Tagesordnungspunkt: er darf das CMS nie verlassen',
          });
      }),
    );
  });

export type Snapshot = z.infer<typeof snapshotSchema>;
