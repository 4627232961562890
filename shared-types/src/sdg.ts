// An SDG as the CMS stores it: the fixed catalogue plus an editable description.
import { z } from 'zod';
import { hexColorSchema, markdownSchema, nonBlank, sdgNumberSchema } from './common.ts';

export const sdgSchema = z.object({
  /** Goal number 1–17; the stable key of a goal. */
  number: sdgNumberSchema,
  /** German short title, e.g. "Nachhaltige Städte und Gemeinden". */
  titleDe: nonBlank('titleDe'),
  /** English short title. */
  titleEn: nonBlank('titleEn'),
  /** Official UN colour as #RRGGBB. */
  color: hexColorSchema,
  /** Editors' description of what the goal means for the city (Markdown). */
  description: markdownSchema,
});

export type Sdg = z.infer<typeof sdgSchema>;
