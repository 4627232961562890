// The demo data set the CMS seeds on an empty database: the same content as
// a snapshot, plus which entries stay drafts (to prove drafts never leak).
import { z } from 'zod';
import { slugSchema } from './common.ts';
import { checkContentReferences, contentShape } from './content.ts';
import { kpiCodeSchema } from './kpi.ts';

export const demoDataSchema = z
  .object({
    ...contentShape,
    /** Entries seeded as drafts only (never published). */
    drafts: z.object({
      kpis: z.array(kpiCodeSchema),
      tiles: z.array(slugSchema),
      meetings: z.array(slugSchema),
      pages: z.array(slugSchema),
    }),
  })
  .superRefine((data, ctx) => {
    checkContentReferences(data, ctx);
    const known = {
      kpis: new Set(data.kpis.map((k) => k.code)),
      tiles: new Set(data.tiles.map((t) => t.slug)),
      meetings: new Set(data.meetings.map((m) => m.slug)),
      pages: new Set(data.pages.map((p) => p.slug)),
    };
    for (const kind of ['kpis', 'tiles', 'meetings', 'pages'] as const) {
      data.drafts[kind].forEach((key, i) => {
        if (!known[kind].has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['drafts', kind, i],
            message: `draft "${key}" is not among the ${kind}`,
          });
      });
    }
  });

export type DemoData = z.infer<typeof demoDataSchema>;
