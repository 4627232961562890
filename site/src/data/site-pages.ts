// The HTML pages the site's routes make from a snapshot, as site paths — the
// site's own statement of its pages. The site build writes them as a manifest
// (SITE_PAGES_FILE, see scripts/build.ts); the publisher's checks read it and
// switch no build live that lacks one of them, so the publisher need not know
// the site's routes. A route added under src/pages/ is added here too: the
// built-site test (test/e2e/links-and-leaks.test.ts) holds this list equal to
// the pages on disk.
import { z } from 'zod';
import { sitePaths, type Snapshot } from '@sdd/shared-types';

/** The pages every build has, whatever the content. */
const FIXED_PAGES = [
  sitePaths.home(),
  '/404.html',
  sitePaths.search(),
  sitePaths.data(),
  sitePaths.progress(),
  sitePaths.fields(),
  sitePaths.sdgs(),
  sitePaths.tiles(),
  sitePaths.bodies(),
];

/**
 * One path per page, sorted. A preview build (SITE_PREVIEW=1) leaves out the
 * embed pages (src/data/preview-mode.ts, `unlessPreview`).
 */
export function sitePages(s: Snapshot, options: { preview: boolean }): string[] {
  const embeds = options.preview
    ? []
    : [...s.kpis.map((k) => sitePaths.kpiEmbed(k.code)), ...s.tiles.map((t) => sitePaths.tileEmbed(t.slug))];
  return [
    ...FIXED_PAGES,
    ...s.kpis.map((k) => sitePaths.kpi(k.code)),
    ...s.tiles.map((t) => sitePaths.tile(t.slug)),
    ...embeds,
    ...s.meetings.map((m) => sitePaths.meeting(m.slug)),
    ...s.bodies.map((b) => sitePaths.body(b.slug)),
    ...s.actionFields.map((f) => sitePaths.field(f.slug)),
    ...s.sdgs.map((g) => sitePaths.sdg(g.number)),
    ...s.pages.map((p) => sitePaths.page(p.slug)),
  ].sort();
}

/** The manifest file: what the publisher reads. */
export const sitePagesManifestSchema = z.object({ pages: z.array(z.string()) });
export type SitePagesManifest = z.infer<typeof sitePagesManifestSchema>;
