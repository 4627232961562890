// What an incremental build may reuse pages from: everything that makes the
// site besides the snapshot. Astro's own incremental cache already starts
// over when its config or the lockfile changes, and re-renders a page when
// its module graph changes; this fingerprint adds what Astro does not see —
// the shared types' built code, the build's flags from the environment, Node,
// and this script — so that any change of code, config, dependencies or flags
// means a build from scratch, never a page left over from other code.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Environment variables that change what the site build produces (besides the snapshot). */
export const BUILD_FLAGS = ['SITE_URL', 'SITE_PREVIEW', 'SITE_PNG_IMAGES'] as const;

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** `siteRoot`: the site folder; its parent is the repository. */
export function buildFingerprint(siteRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const repo = join(siteRoot, '..');
  const hash = createHash('sha256');
  const inputs = [
    join(siteRoot, 'src'),
    join(siteRoot, 'public'),
    join(siteRoot, 'scripts'),
    join(siteRoot, 'astro.config.ts'),
    join(siteRoot, 'svelte.config.js'),
    join(siteRoot, 'package.json'),
    join(repo, 'pnpm-lock.yaml'),
    join(repo, 'shared-types', 'dist'),
  ];
  for (const file of inputs.flatMap(filesBelow)) {
    hash.update(relative(repo, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const flag of BUILD_FLAGS) hash.update(`${flag}=${env[flag] ?? ''}\0`);
  hash.update(`node=${process.version}`);
  return hash.digest('hex');
}
