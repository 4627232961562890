// A preview build (SITE_PREVIEW=1, set by the publisher's preview builds) is
// the same site built from the drafts: every page carries a banner and
// `noindex`, and robots.txt forbids everything, so a preview that leaks is
// still recognisable and stays out of search engines.
export const isPreviewBuild = (): boolean => process.env.SITE_PREVIEW === '1';
