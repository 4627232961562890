// URL names the public site uses itself. A CMS page lives at /<slug>/, so its
// URL name must not take one of these: the site build would fail. One list
// for the CMS (schema rule and save check) and the site (build guard); a
// test compares it with site/src/pages.

/** First path segments of the site's own routes and generated files. */
export const RESERVED_SLUGS = [
  'handlungsfelder',
  'sdg',
  'kacheln',
  'kennzahlen',
  'gremien',
  'sitzungen',
  'suche',
  'daten',
  'fortschritt',
  'einbetten',
  'pagefind',
  '404',
  'index',
  'suche-index.json',
  'sitemap.xml',
  'robots.txt',
  'favicon.svg',
  '_astro',
] as const;

const RESERVED: ReadonlySet<string> = new Set(RESERVED_SLUGS);

export const isReservedSlug = (slug: string): boolean => RESERVED.has(slug);

/**
 * The page slug rule as one regular expression (Strapi's `regex` on the uid
 * field, so the admin refuses a reserved name before sending): a slug, but
 * none of the reserved names.
 */
export const PAGE_SLUG_PATTERN = `^(?!(?:${RESERVED_SLUGS.map((s) => s.replace(/[.]/g, '\\.')).join('|')})$)[a-z0-9]+(?:-[a-z0-9]+)*$`;
