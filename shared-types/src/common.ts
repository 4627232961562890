// Building blocks shared by every entity schema.
import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR, SDG_COUNT } from './limits.ts';

/** URL-safe identifier used in public URLs: lower case, digits, single hyphens. */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a slug: lower-case letters, digits and single hyphens (e.g. "co2-emissionen")',
  );

/** A goal number of the 17 UN SDGs. */
export const sdgNumberSchema = z
  .number()
  .int('must be a whole number')
  .min(1, `SDG numbers run from 1 to ${SDG_COUNT}`)
  .max(SDG_COUNT, `SDG numbers run from 1 to ${SDG_COUNT}`);

/** Calendar year a city can plausibly report data for. */
export const yearSchema = z
  .number()
  .int('must be a whole year')
  .min(MIN_YEAR, `must be a year from ${MIN_YEAR} on`)
  .max(MAX_YEAR, `must be a year before ${MAX_YEAR + 1}`);

/** Calendar date as YYYY-MM-DD. */
export const isoDateSchema = z.iso.date('must be a date as YYYY-MM-DD');

/** Point in time as ISO 8601 with offset or Z, e.g. 2025-02-26T16:00:00.000Z. */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'must be a date and time in ISO 8601, e.g. 2025-02-26T16:00:00Z',
});

/** Absolute http(s) URL. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' });

/** Colour as #RRGGBB. */
export const hexColorSchema = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour as #RRGGBB');

/** Text that must not be blank. */
export const nonBlank = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** Markdown text (Strapi "richtext"); may be empty. */
export const markdownSchema = z.string();
