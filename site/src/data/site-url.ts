// The site's public address: Astro's `site` (astro.config.ts: canonical links,
// sitemap) and the absolute addresses in files the build makes outside Astro
// (the share previews' footers, scripts/share-previews.ts), from one setting.
// SITE_URL, else the web server of `npm start`.
export const siteUrl = (): string => process.env.SITE_URL ?? 'http://127.0.0.1:4321';
