// A preview build (SITE_PREVIEW=1, set by the publisher's preview builds) is
// the same site built from the drafts: every page carries a banner and
// `noindex`, and robots.txt forbids everything, so a preview that leaks is
// still recognisable and stays out of search engines.
export const isPreviewBuild = (): boolean => process.env.SITE_PREVIEW === '1';

/**
 * The paths of a route that a preview build leaves out: the files beside the
 * pages (CSV, JSON, SVG per KPI and tile, the Excel CSVs) and the embed pages.
 * Editors preview pages; these files alone took a quarter of a preview build,
 * which must show a save within 10 s (issue #11). The pages then show
 * `previewNoDownloads` instead of links to them.
 */
export const unlessPreview = <T>(paths: T[]): T[] => (isPreviewBuild() ? [] : paths);
