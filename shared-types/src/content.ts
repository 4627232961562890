// The whole published content in one normalised document: entries refer to
// each other by stable keys (slug, KPI code, SDG number). Shared by the
// snapshot and the demo data set; checks uniqueness and every reference.
import { z } from 'zod';
import { actionDimensionSchema, actionFieldSchema } from './action-taxonomy.ts';
import { bodySchema, meetingSchema } from './council.ts';
import { comparisonSeriesProblems } from './comparison-series.ts';
import { kpiSchema, observationKey } from './kpi.ts';
import { pageSchema, siteSettingsSchema } from './page.ts';
import { contentTypeNameDe } from './content-type-names-de.ts';
import { sdgSchema } from './sdg.ts';
import { isReservedSlug } from './reserved-slugs.ts';
import { tileSchema } from './tile.ts';

export const contentShape = {
  /** Site-wide settings (single entry). */
  settings: siteSettingsSchema,
  /** The 17 SDGs. */
  sdgs: z.array(sdgSchema),
  /** Action dimensions, ordered. */
  actionDimensions: z.array(actionDimensionSchema),
  /** Action fields, ordered within their dimension. */
  actionFields: z.array(actionFieldSchema),
  /** KPIs with their observations. */
  kpis: z.array(kpiSchema),
  /** Tiles. */
  tiles: z.array(tileSchema),
  /** Council bodies. */
  bodies: z.array(bodySchema),
  /** Sessions with their agenda items. */
  meetings: z.array(meetingSchema),
  /** Editorial and legal pages. */
  pages: z.array(pageSchema),
};

type ContentShape = { [K in keyof typeof contentShape]: z.infer<(typeof contentShape)[K]> };

type Ctx = z.core.$RefinementCtx<ContentShape>;

function reportDuplicates(
  ctx: Ctx,
  list: readonly unknown[],
  key: (e: never) => string,
  path: string,
  field: string,
): void {
  const seen = new Map<string, number>();
  list.forEach((entry, i) => {
    const k = key(entry as never);
    const first = seen.get(k);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [path, i, field],
        message: `„${k}“ ist doppelt vergeben (auch beim ${first + 1}. Eintrag); jeder Eintrag braucht einen eigenen Wert`,
      });
    } else seen.set(k, i);
  });
}

/** `type` is the referenced content type's singular name, e.g. "kpi". */
function reportUnknownOne(
  ctx: Ctx,
  known: ReadonlySet<string | number>,
  ref: string | number,
  path: (string | number)[],
  type: string,
): void {
  if (!known.has(ref))
    ctx.addIssue({
      code: 'custom',
      path,
      message: `verweist auf ${contentTypeNameDe(type) ?? type} „${ref}“: nicht vorhanden oder nicht veröffentlicht`,
    });
}

function reportUnknown(
  ctx: Ctx,
  known: ReadonlySet<string | number>,
  refs: readonly (string | number)[],
  path: (string | number)[],
  type: string,
): void {
  refs.forEach((ref, j) => reportUnknownOne(ctx, known, ref, [...path, j], type));
}

/** Cross-entry rules zod's per-field schemas cannot express. */
export function checkContentReferences(c: ContentShape, ctx: Ctx): void {
  reportDuplicates(ctx, c.sdgs, (s: { number: number }) => String(s.number), 'sdgs', 'number');
  reportDuplicates(ctx, c.actionDimensions, (d: { slug: string }) => d.slug, 'actionDimensions', 'slug');
  reportDuplicates(ctx, c.actionFields, (f: { slug: string }) => f.slug, 'actionFields', 'slug');
  reportDuplicates(ctx, c.kpis, (k: { code: string }) => k.code, 'kpis', 'code');
  reportDuplicates(ctx, c.tiles, (t: { slug: string }) => t.slug, 'tiles', 'slug');
  reportDuplicates(ctx, c.bodies, (b: { slug: string }) => b.slug, 'bodies', 'slug');
  reportDuplicates(ctx, c.meetings, (m: { slug: string }) => m.slug, 'meetings', 'slug');
  reportDuplicates(ctx, c.pages, (p: { slug: string }) => p.slug, 'pages', 'slug');

  c.pages.forEach((p, i) => {
    if (isReservedSlug(p.slug))
      ctx.addIssue({
        code: 'custom',
        path: ['pages', i, 'slug'],
        message: `„${p.slug}“ ist ein Pfad der Website (/${p.slug}/) und als URL-Name reserviert; bitte einen anderen wählen`,
      });
  });

  const sdgs = new Set(c.sdgs.map((s) => s.number));
  const dimensions = new Set(c.actionDimensions.map((d) => d.slug));
  const fields = new Set(c.actionFields.map((f) => f.slug));
  const kpis = new Set(c.kpis.map((k) => k.code));
  const tiles = new Set(c.tiles.map((t) => t.slug));
  const bodies = new Set(c.bodies.map((b) => b.slug));

  c.actionFields.forEach((f, i) =>
    reportUnknownOne(ctx, dimensions, f.dimension, ['actionFields', i, 'dimension'], 'action-dimension'),
  );
  c.kpis.forEach((k, i) => {
    reportUnknown(ctx, fields, k.actionFields, ['kpis', i, 'actionFields'], 'action-field');
    reportUnknown(
      ctx,
      sdgs,
      k.sdgs.map((s) => s.goal),
      ['kpis', i, 'sdgs'],
      'sdg',
    );
    const periods = new Map<string, number>();
    k.observations.forEach((o, j) => {
      const key = observationKey(o);
      const first = periods.get(key);
      if (first !== undefined) {
        const series = o.series ? ` und die Reihe „${o.series}“` : '';
        ctx.addIssue({
          code: 'custom',
          path: ['kpis', i, 'observations', j, 'period'],
          message: `für ${o.period}${series} gibt es schon einen Wert (Eintrag ${first + 1}); pro Zeitraum und Reihe ist nur einer erlaubt`,
        });
      } else periods.set(key, j);
    });
    for (const message of comparisonSeriesProblems(k.comparisonSeries, k.observations)) {
      ctx.addIssue({ code: 'custom', path: ['kpis', i, 'comparisonSeries'], message });
    }
  });
  c.tiles.forEach((t, i) => {
    reportUnknown(ctx, kpis, t.kpis, ['tiles', i, 'kpis'], 'kpi');
    reportUnknown(ctx, sdgs, t.sdgs, ['tiles', i, 'sdgs'], 'sdg');
    if (t.primaryActionField !== null)
      reportUnknownOne(ctx, fields, t.primaryActionField, ['tiles', i, 'primaryActionField'], 'action-field');
  });
  c.meetings.forEach((m, i) => {
    reportUnknownOne(ctx, bodies, m.body, ['meetings', i, 'body'], 'body');
    m.agendaItems.forEach((a, j) => {
      const path = ['meetings', i, 'agendaItems', j];
      reportUnknown(ctx, tiles, a.tiles, [...path, 'tiles'], 'tile');
      reportUnknown(ctx, kpis, a.kpis, [...path, 'kpis'], 'kpi');
      reportUnknown(ctx, sdgs, a.sdgs, [...path, 'sdgs'], 'sdg');
    });
  });
}

export type Content = ContentShape;
