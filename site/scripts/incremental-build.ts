// Incremental site builds around Astro's experimental `incrementalBuild`:
// Astro keeps a manifest and a copy of every keyed page in its cache folder
// (`<cacheDir>/incremental-build.json`, `<cacheDir>/dist/`) and, on the next
// build, copies a page from there instead of rendering it when its `cacheKey`
// and code are unchanged. This module decides when that cache may be used
// (same fingerprint, not asked for a full build), starts every build in a
// fresh output folder holding hard links of the kept pages' cache copies
// (no file of a removed page survives), and reports what was rendered.
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { buildFingerprint } from './build-fingerprint.ts';

export const FINGERPRINT_FILE = 'sdd-build-fingerprint.txt';
/** Astro's own manifest of the keyed pages, their keys and files. */
const ASTRO_MANIFEST = 'incremental-build.json';
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
  outDir: string;
  startedAt: number;
  fullBecause: string | null;
  fingerprint: string;
  /** The cache copies linked into the output folder before Astro ran (relative paths). */
  linked: string[];
  /** Whether they were linked ahead, after the last build (stageNextBuild). */
  staged: boolean;
}

/** Why the next build with this cache folder must render everything, in words; null if it may reuse pages. */
export function fullBuildReason(options: { cacheDir: string; full: boolean; fingerprint: string }): string | null {
  const { cacheDir } = options;
  const fingerprintFile = join(cacheDir, FINGERPRINT_FILE);
  const previous = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8') : null;
  return options.full
    ? 'asked for (--full or SITE_FULL_BUILD=1)'
    : !existsSync(join(cacheDir, ASTRO_MANIFEST))
      ? 'first build with this cache folder'
      : existsSync(join(cacheDir, UNFINISHED_FILE))
        ? 'the previous build did not finish'
        : previous !== options.fingerprint
          ? 'code, config, dependencies or flags changed'
          : null;
}

export function prepareIncremental(
  siteRoot: string,
  outDir: string,
  options: { cacheDir: string; full: boolean; fingerprint?: string },
): IncrementalBuild {
  const { cacheDir } = options;
  // The warm builder has hashed the code already (warm-build-worker.ts): it is not read twice per build.
  const fingerprint = options.fingerprint ?? buildFingerprint(siteRoot);
  let fullBecause = fullBuildReason({ ...options, fingerprint });
  if (fullBecause) forgetCache(cacheDir);
  rmSync(outDir, { recursive: true, force: true });
  // The kept pages go into the empty output folder before Astro starts, as hard links to their cache copies: Astro
  // finds them there and leaves them ("cached"), and renders the changed ones over them. Astro's own restore copies
  // file by file between renders: 10–20 s of a 10× build for its 15,000 files (250 MB), where linking writes no
  // bytes. The links are shared with earlier builds, the live one included, so Astro runs with
  // unshare-before-write.ts, which gives every write a new file. Files of pages that no longer exist are removed
  // again in finishIncremental. The warm builder has usually linked them already (stageNextBuild).
  const staged = fullBecause ? null : takeStaged(cacheDir, outDir);
  rmSync(join(cacheDir, STAGED_DIR), { recursive: true, force: true });
  let kept = staged ?? [];
  if (!fullBecause && !staged) {
    try {
      kept = keyedFiles(cacheDir);
    } catch (error) {
      fullBecause = `Astro's cache manifest could not be read (${(error as Error).message.split('\n')[0]})`;
      forgetCache(cacheDir);
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, UNFINISHED_FILE), '');
  if (!staged) linkInto(join(cacheDir, 'dist'), outDir, kept);
  // mtimes of the cache copies tell rendered from reused; a build in the same millisecond must not look reused.
  return { cacheDir, outDir, startedAt: Date.now() - 1, fullBecause, fingerprint, linked: kept, staged: !!staged };
}

/** Without the manifest Astro renders every page and records them afresh. */
function forgetCache(cacheDir: string): void {
  rmSync(join(cacheDir, ASTRO_MANIFEST), { force: true });
  rmSync(join(cacheDir, 'dist'), { recursive: true, force: true });
  rmSync(join(cacheDir, FINGERPRINT_FILE), { force: true });
}

/**
 * The next build's output folder, made ahead: the warm builder (warm-build-worker.ts) links the kept pages into it in
 * the idle time after a build (at 10× the data: 15,000 links and 3,000 folders, 1–1.5 s on this kind of machine), and
 * the next build takes it by a rename. It holds the same links prepareIncremental would make, as long as the cache
 * has not changed since: Astro rewrites its manifest whenever it renders and records a page, so the manifest file's
 * identity (inode, size, modification time) is recorded with the folder, and a folder made for another state of the
 * cache is removed unused. A failed or killed build leaves UNFINISHED_FILE, which makes the next one full (no folder
 * used).
 */
const STAGED_DIR = 'sdd-next-build';
const stagedStampSchema = z.object({ manifest: z.string(), kept: z.array(z.string()) });

function manifestIdentity(cacheDir: string): string | null {
  const stats = statSync(join(cacheDir, ASTRO_MANIFEST), { bigint: true, throwIfNoEntry: false });
  return stats ? `${stats.ino}:${stats.size}:${stats.mtimeNs}` : null;
}

/**
 * Makes the next build's output folder ahead (see STAGED_DIR); nothing if the cache cannot be reused, or if
 * `buildsIn` (where the next build's folder will be: the last one's parent) is on another file system than the
 * cache, where no rename could move the folder there.
 */
export function stageNextBuild(cacheDir: string, buildsIn: string): void {
  const staged = join(cacheDir, STAGED_DIR);
  rmSync(staged, { recursive: true, force: true });
  const manifest = manifestIdentity(cacheDir);
  if (!manifest || existsSync(join(cacheDir, UNFINISHED_FILE))) return;
  if (statSync(cacheDir).dev !== statSync(buildsIn, { throwIfNoEntry: false })?.dev) return;
  const kept = keyedFiles(cacheDir);
  linkInto(join(cacheDir, 'dist'), join(staged, 'site'), kept);
  writeFileSync(join(staged, 'stamp.json'), JSON.stringify({ manifest, kept }));
}

const readStamp = (cacheDir: string) => {
  try {
    const stamp = stagedStampSchema.parse(JSON.parse(readFileSync(join(cacheDir, STAGED_DIR, 'stamp.json'), 'utf8')));
    return stamp.manifest === manifestIdentity(cacheDir) ? stamp : null;
  } catch {
    return null; // none, half made, or of another version
  }
};

/** Moves a staged folder made for this state of the cache to `outDir`; its kept files, or null if there is none. */
function takeStaged(cacheDir: string, outDir: string): string[] | null {
  const stamp = readStamp(cacheDir);
  if (!stamp) return null;
  try {
    mkdirSync(dirname(outDir), { recursive: true });
    renameSync(join(cacheDir, STAGED_DIR, 'site'), outDir);
    return stamp.kept;
  } catch {
    return null; // on another file system than the build folder: linked as usual
  }
}

/**
 * Files linked into the output folder for pages that are gone (Astro pruned their cache copies): removed, with the
 * folders they leave empty, so the output is that of a full build.
 */
function removeDropped(build: IncrementalBuild, kept: ReadonlySet<string>): void {
  for (const file of build.linked) {
    if (kept.has(file)) continue;
    // Written in this build (a file of `public/` or another route now at that path): not the dropped page's.
    const stats = statSync(join(build.outDir, file), { throwIfNoEntry: false });
    if (!stats || stats.mtimeMs >= build.startedAt) continue;
    rmSync(join(build.outDir, file));
    for (let dir = dirname(file); dir !== '.' && readdirSync(join(build.outDir, dir)).length === 0; dir = dirname(dir))
      rmdirSync(join(build.outDir, dir));
  }
}

/**
 * Hard links of `files` (relative paths) in `from` at the same places below `to`; copies where no link can be made
 * (the two folders on different file systems, set so by hand with SITE_CACHE_DIR, or one without hard links).
 */
export function linkInto(from: string, to: string, files: readonly string[]): void {
  const made = new Set<string>();
  let place = linkSync;
  for (const file of files) {
    const dir = dirname(join(to, file));
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    try {
      place(join(from, file), join(to, file));
    } catch {
      place = copyFileSync;
      place(join(from, file), join(to, file));
    }
  }
}

/** The part of Astro's cache manifest read here: each keyed path's file, relative to the output folder. */
const astroManifestSchema = z.object({
  routes: z
    .record(z.string(), z.object({ paths: z.record(z.string(), z.object({ outputFile: z.string() })) }))
    .default({}),
});

/**
 * The keyed files Astro's manifest lists and keeps a cache copy of (relative paths). The manifest, not the folder:
 * a copy Astro failed to prune (it only warns) is no page of the site.
 */
function keyedFiles(cacheDir: string): string[] {
  const manifest = astroManifestSchema.parse(JSON.parse(readFileSync(join(cacheDir, ASTRO_MANIFEST), 'utf8')));
  return Object.values(manifest.routes)
    .flatMap((route) => Object.values(route.paths).map((path) => decodeURI(path.outputFile)))
    .filter((file) => existsSync(join(cacheDir, 'dist', file)));
}

/** After a successful Astro build: records the fingerprint and reports (and returns in words) what was rendered. */
export function finishIncremental(build: IncrementalBuild): string {
  writeFileSync(join(build.cacheDir, FINGERPRINT_FILE), build.fingerprint);
  rmSync(join(build.cacheDir, UNFINISHED_FILE), { force: true });
  const copies = join(build.cacheDir, 'dist');
  const files = keyedFiles(build.cacheDir);
  removeDropped(build, new Set(files));
  const rendered = files.filter((f) => statSync(join(copies, f)).mtimeMs >= build.startedAt);
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
