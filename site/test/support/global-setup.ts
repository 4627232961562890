// Builds the site once from the committed fixture snapshot (the real build:
// astro + Pagefind), serves it on a free loopback port, and shares the URL,
// the output folder and the snapshot path with the tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import type {} from '../../../scripts/test/provided-context.ts';
import { freePort } from '../../../cms/scripts/free-port.ts';
import { startStaticServer } from '../../../scripts/serve/static-server.ts';

const siteRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let server: Server | undefined;
let outDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  outDir = mkdtempSync(join(tmpdir(), 'sdd-site-'));
  const snapshotFile = join(siteRoot, 'fixtures', 'demo-snapshot.json');
  const build = spawnSync(process.execPath, [join(siteRoot, 'scripts', 'build.ts')], {
    cwd: siteRoot,
    env: { ...process.env, SNAPSHOT_FILE: snapshotFile, SITE_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`site build failed:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  server = await startStaticServer(() => outDir!, port);
  project.provide('siteUrl', `http://127.0.0.1:${port}`);
  project.provide('siteDir', outDir);
  project.provide('snapshotFile', snapshotFile);
}

export async function teardown(): Promise<void> {
  await new Promise((r) => server?.close(r));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
