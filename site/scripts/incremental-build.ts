// Incremental site builds around Astro's experimental `incrementalBuild`:
// Astro keeps a manifest and a copy of every keyed page in its cache folder
// (`<cacheDir>/incremental-build.json`, `<cacheDir>/dist/`) and, on the next
// build, copies a page from there instead of rendering it when its `cacheKey`
// and code are unchanged. This module decides when that cache may be used
// (same fingerprint, not asked for a full build), starts every build in an
// empty output folder (so no file of a removed page survives; kept pages come
// from the cache copy), and reports what was rendered.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildFingerprint } from './build-fingerprint.ts';

const FINGERPRINT_FILE = 'sdd-build-fingerprint.txt';
/**
 * Present while a build runs. Astro updates a page's cache copy as it renders it but its manifest only at the end:
 * a build that failed or was killed between the two leaves copies newer than their keys, so the next one starts over.
 */
const UNFINISHED_FILE = 'sdd-build-unfinished';
/** What the last build did, for the publisher, the benchmark and the tests. */
export const REPORT_FILE = 'sdd-last-build.json';

export const buildReportSchema = z.object({
  full: z.boolean(),
  /**
   * Why the build rendered everything, in words ("asked for", "first build", "code, config, dependencies or flags
   * changed").
   */
  fullBecause: z.string().nullable(),
  /** Keyed files rendered in this build, and all keyed files (pages without a key are always rendered). */
  rendered: z.number().int(),
  keyed: z.number().int(),
  /** The keyed paths rendered (relative to the output folder); none listed for a full build. */
  renderedFiles: z.array(z.string()),
});
export type BuildReport = z.infer<typeof buildReportSchema>;

export interface IncrementalBuild {
  cacheDir: string;
  startedAt: number;
  fullBecause: string | null;
  fingerprint: string;
}

export function prepareIncremental(
  siteRoot: string,
  outDir: string,
  options: { cacheDir: string; full: boolean },
): IncrementalBuild {
  const { cacheDir } = options;
  const fingerprint = buildFingerprint(siteRoot);
  const fingerprintFile = join(cacheDir, FINGERPRINT_FILE);
  const previous = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8') : null;
  const fullBecause = options.full
    ? 'asked for (--full or SITE_FULL_BUILD=1)'
    : !existsSync(join(cacheDir, 'incremental-build.json'))
      ? 'first build with this cache folder'
      : existsSync(join(cacheDir, UNFINISHED_FILE))
        ? 'the previous build did not finish'
        : previous !== fingerprint
          ? 'code, config, dependencies or flags changed'
          : null;
  if (fullBecause) {
    // Without the manifest Astro renders every page and records them afresh.
    rmSync(join(cacheDir, 'incremental-build.json'), { force: true });
    rmSync(join(cacheDir, 'dist'), { recursive: true, force: true });
    rmSync(fingerprintFile, { force: true });
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, UNFINISHED_FILE), '');
  // mtimes of the cache copies tell rendered from reused; a build in the same millisecond must not look reused.
  return { cacheDir, startedAt: Date.now() - 1, fullBecause, fingerprint };
}

/** After a successful Astro build: records the fingerprint and reports (and returns in words) what was rendered. */
export function finishIncremental(build: IncrementalBuild): string {
  writeFileSync(join(build.cacheDir, FINGERPRINT_FILE), build.fingerprint);
  rmSync(join(build.cacheDir, UNFINISHED_FILE), { force: true });
  const copies = join(build.cacheDir, 'dist');
  const files = existsSync(copies)
    ? readdirSync(copies, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];
  const rendered = files.filter((f) => statSync(f).mtimeMs >= build.startedAt).map((f) => f.slice(copies.length + 1));
  const report: BuildReport = {
    full: build.fullBecause !== null,
    fullBecause: build.fullBecause,
    rendered: rendered.length,
    keyed: files.length,
    renderedFiles: build.fullBecause ? [] : rendered.sort(),
  };
  writeFileSync(join(build.cacheDir, REPORT_FILE), JSON.stringify(report, null, 2));
  return build.fullBecause
    ? `full build (${build.fullBecause}), ${files.length} keyed files cached for the next one`
    : `incremental build: ${rendered.length} of ${files.length} keyed files rendered, the others reused`;
}
