// What a site build does besides Astro, shared by the one-build script
// (build.ts) and the publisher's warm builder (warm-build-worker.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSnapshot, snapshotPathIn } from '../src/data/snapshot-file.ts';
import { sitePages, type SitePagesManifest } from '../src/data/site-pages.ts';

export const siteRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A working folder for Astro of this process's own, removed when it exits. Astro keeps its server chunks in
 * `.prerender/` inside the output folder if that lies below its working directory, else in
 * `<working directory>/.astro/.prerender/`, which it deletes when done. From the site folder, two builds at once (a
 * test suite beside another, a preview beside a test) would share and delete each other's chunks. So Astro runs in a
 * folder below the site folder (the chunks still find site/node_modules).
 */
export function ownWorkDir(buildsDir = join(siteRoot, '.builds')): string {
  removeFoldersOfEndedProcesses(buildsDir);
  const workDir = join(buildsDir, String(process.pid));
  mkdirSync(workDir, { recursive: true });
  process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
  return workDir;
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // running, another user's
  }
};

/**
 * Working folders of processes that no longer run: a killed build (timeout, stop) runs no exit handler. Removed when
 * the next build starts; a folder of a running process is left alone.
 */
function removeFoldersOfEndedProcesses(buildsDir: string): void {
  if (!existsSync(buildsDir)) return;
  for (const name of readdirSync(buildsDir)) {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid))
      rmSync(join(buildsDir, name), { recursive: true, force: true });
  }
}

/** Seconds from `since` to `until` (default: now), as the build's log shows them. */
export const secondsSince = (since: number, until = performance.now()) => `${((until - since) / 1000).toFixed(1)} s`;

/**
 * Loaded into the process that runs Astro (`node --import`) for incremental builds, in this order: kept pages are
 * linked into the output folder, so Astro must replace them, not write into them; and the cache copies of the pages
 * it renders become links too, instead of a second write of the same bytes.
 */
export const INCREMENTAL_PRELOADS = preloads('unshare-before-write.ts', 'link-cache-copies.ts');

/** Loaded into every process that runs Astro, before the incremental ones: its page writes done at once. */
export const BUILD_PRELOADS = preloads('write-files-at-once.ts');

function preloads(...files: string[]): string[] {
  return files.flatMap((file) => ['--import', pathToFileURL(join(siteRoot, 'scripts', file)).href]);
}

/**
 * A step of the build as a child process with the given environment. Resolves with its time in ms, rejects when it
 * fails; `onStart` learns the child, so that stopping the build can stop it.
 */
export function runStep(
  name: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onStart?: (child: ChildProcess) => void },
): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: 'inherit', env: options.env });
  options.onStart?.(child);
  return new Promise((resolveStep, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolveStep(performance.now() - started);
      else reject(new Error(`site build: ${name} failed (exit ${code ?? signal})`));
    });
  });
}

/** The manifest of the built pages ({ pages: [...] }, src/data/site-pages.ts) that the publisher's checks read. */
export function writePagesManifest(file: string): void {
  const manifest: SitePagesManifest = {
    pages: sitePages(readSnapshot(snapshotPathIn(siteRoot)), { preview: process.env.SITE_PREVIEW === '1' }),
  };
  writeFileSync(resolve(siteRoot, file), JSON.stringify(manifest));
}
