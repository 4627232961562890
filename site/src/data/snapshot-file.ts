// Reads and validates the snapshot once per build. Which file: SNAPSHOT_FILE,
// or the committed demo fixture so the site builds without a CMS.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeIssues, formatProblems, snapshotSchema, type Snapshot } from '@sdd/shared-types';
import { SITE_ROOT } from './site-root.ts';
import { perBuild } from '../lib/per-build.ts';

/** The snapshot a build of the site in `siteRoot` reads; a relative SNAPSHOT_FILE is relative to the site folder. */
export const snapshotPathIn = (siteRoot: string): string =>
  resolve(siteRoot, process.env.SNAPSHOT_FILE ?? join('fixtures', 'demo-snapshot.json'));

export const snapshotPath = (): string => snapshotPathIn(SITE_ROOT);

/** The snapshot read in this build, by path (a build reads one; the site build script, its own). */
const readThisBuild = perBuild(() => new Map<string, Snapshot>());

export function readSnapshot(path = snapshotPath()): Snapshot {
  const read = readThisBuild();
  const known = read.get(path);
  if (known) return known;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `Cannot read the snapshot ${path}: ${(error as Error).message}. Run "npm run snapshot" or set SNAPSHOT_FILE.`,
      { cause: error },
    );
  }
  const result = snapshotSchema.safeParse(raw);
  if (!result.success)
    throw new Error(formatProblems(`Snapshot ${path} is invalid`, describeIssues(result.error, raw)));
  read.set(path, result.data);
  return result.data;
}
