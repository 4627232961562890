// Eight commands at once, as two stewards and a cron job might start them:
// each goes through the whole bootstrap (shims, install check, the
// shared-types build) and must either do its work or fail loudly — never
// exit 0 having done nothing (an empty pnpm shim did exactly that).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../paths.ts';

const FILE = join(REPO_ROOT, 'scripts', 'import', 'test', 'fixtures', 'valid', 'long-bom-komma-dezimalpunkt.csv');
const work = mkdtempSync(join(tmpdir(), 'sdd-concurrent-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  report: string;
}

function dryRun(i: number): Promise<Outcome> {
  const report = join(work, `report-${i}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, CMS_URL: inject('cmsUrl'), CMS_IMPORT_TOKEN: inject('importToken') };
  delete env.SDD_HELD_LOCKS;
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'scripts', 'toolchain', 'run.mjs'), 'import:run', FILE, '--report', report],
    { cwd: REPO_ROOT, env },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr, report })));
}

it('8 concurrent dry runs all do their work', async () => {
  // Force the work a changed checkout brings: a stale pnpm shim and shared-types to rebuild.
  const shim = join(REPO_ROOT, '.toolchain', 'bin', 'pnpm');
  if (existsSync(shim)) writeFileSync(shim, `${readFileSync(shim, 'utf8')}# outdated\n`);
  rmSync(join(REPO_ROOT, 'shared-types', 'dist', '.build-stamp'), { force: true });

  const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => dryRun(i)));
  for (const [i, o] of outcomes.entries()) {
    const summary = `command ${i}: exit ${o.code}\n${o.stderr.slice(-1500)}`;
    expect(o.code, summary).toBe(0);
    // The work: the dry run's report, written for this command alone.
    expect(existsSync(o.report), summary).toBe(true);
    expect(JSON.parse(readFileSync(o.report, 'utf8'))).toBeTypeOf('object');
  }
  expect(readFileSync(shim, 'utf8')).not.toContain('# outdated');
}, 600_000);
