// Editorial pages (legal pages, about) and the site-wide settings.
import { z } from 'zod';
import { hexColorSchema, httpUrlSchema, markdownSchema, nonBlank, slugSchema } from './common.ts';
import {
  contributorIdSchema,
  licenceMismatch,
  OPEN_DATA_LICENCES,
  officialKeySchema,
  openDataLicenceIdSchema,
} from './open-data.ts';
import { searchSynonymsSchema } from './search-terms.ts';

/** What a page is for; every kind but "other" is linked from every footer.
 *  "sign-language": information in German Sign Language (DGS: video or link), which BITV 2.0 requires beside Leichte
 * Sprache. */
export const pageKindSchema = z.enum([
  'imprint',
  'privacy',
  'accessibility',
  'easy-language',
  'sign-language',
  'about',
  'other',
]);

export const pageSchema = z.object({
  /** Stable key and URL part, e.g. "impressum". */
  slug: slugSchema,
  /** Page title. */
  title: nonBlank('title'),
  /** What the page is for. */
  kind: pageKindSchema,
  /** Content (Markdown). */
  body: markdownSchema,
});

export const footerLinkSchema = z.object({
  /** Link text. */
  label: nonBlank('label'),
  /** Target: an absolute URL or a site path starting with "/". */
  url: z.union([httpUrlSchema, z.string().regex(/^\/[^\s]*$/, 'must be an absolute URL or a path starting with "/"')]),
});

export const siteSettingsSchema = z
  .object({
    /** City name, e.g. "Aschaffenburg"; also the publisher named in the open-data catalogue. */
    cityName: nonBlank('cityName'),
    /** Site title, e.g. "Smart Data Dashboard Aschaffenburg". */
    siteTitle: nonBlank('siteTitle'),
    /** One-paragraph introduction on the home page. */
    intro: z.string(),
    /** Accent colour of the site as #RRGGBB. */
    accentColor: hexColorSchema,
    /** Contact e-mail for questions about the data. */
    contactEmail: z.email('must be an e-mail address').nullable(),
    /**
     * Contact web page for questions about the data (the catalogue's contact point needs this or the e-mail); absent in
     * older snapshots.
     */
    contactUrl: httpUrlSchema.nullable().default(null),
    /** Postal address of the responsible office (multi-line). */
    contactAddress: z.string().nullable(),
    /** Default licence of published data, as shown on the site. */
    dataLicence: nonBlank('dataLicence'),
    /** The same licence from the dcat-ap.de vocabulary, for the catalogue; absent in older snapshots. */
    dataLicenceId: openDataLicenceIdSchema.default('dl-by-de-2-0'),
    /**
     * Official key of the city (AGS, 8 digits, or ARS, 12): its political geocoding in the catalogue; absent in older
     * snapshots.
     */
    officialKey: officialKeySchema.nullable().default(null),
    /** GovData contributor ID (dcatde:contributorID), assigned by GovData; absent in older snapshots. */
    contributorId: contributorIdSchema.nullable().default(null),
    /** Extra footer links. */
    footerLinks: z.array(footerLinkSchema),
    /** Editors' synonym groups for the site search, added to the built-in ones
     *  (`DEFAULT_SEARCH_SYNONYMS`); absent in older snapshots. */
    searchSynonyms: searchSynonymsSchema.default([]),
    /** The editors' explanation of the progress method (Markdown) on "Über das Dashboard" and
     *  the overview page; null: the text generated from the method's parameters
     *  (`progressMethodMarkdownDe`). Absent in older snapshots. */
    progressMethodText: z.string().nullable().default(null),
  })
  .superRefine((s, ctx) => {
    const named = licenceMismatch(s.dataLicence, s.dataLicenceId);
    if (named) {
      ctx.addIssue({
        code: 'custom',
        path: ['dataLicenceId'],
        message: `must be the licence the text names ("${OPEN_DATA_LICENCES[named].name}")`,
      });
    }
  });

export type PageKind = z.infer<typeof pageKindSchema>;
export type Page = z.infer<typeof pageSchema>;
export type FooterLink = z.infer<typeof footerLinkSchema>;
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
