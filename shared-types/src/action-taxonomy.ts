// Action dimensions (Handlungsdimensionen) and their action fields
// (Handlungsfelder): an editor-defined, ordered two-level taxonomy.
import { z } from 'zod';
import { markdownSchema, nonBlank, slugSchema } from './common.ts';

export const actionDimensionSchema = z.object({
  /** Stable key and URL part, e.g. "oekologie". */
  slug: slugSchema,
  /** Display name, e.g. "Ökologie". */
  name: nonBlank('name'),
  /** Short explanation for visitors (Markdown). */
  description: markdownSchema,
  /** Position in navigation; lower comes first. */
  order: z.number().int(),
});

export const actionFieldSchema = z.object({
  /** Stable key and URL part, e.g. "energie". */
  slug: slugSchema,
  /** Display name, e.g. "Energie". */
  name: nonBlank('name'),
  /** Short explanation for visitors (Markdown). */
  description: markdownSchema,
  /** Position within its dimension; lower comes first. */
  order: z.number().int(),
  /** Slug of the action dimension this field belongs to. */
  dimension: slugSchema,
});

export type ActionDimension = z.infer<typeof actionDimensionSchema>;
export type ActionField = z.infer<typeof actionFieldSchema>;
