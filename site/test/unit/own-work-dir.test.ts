// A build's working folder (site/scripts/build-steps.ts): a killed build runs
// no exit handler, so the next one removes the folders of ended processes —
// and leaves those of running ones.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ownWorkDir } from '../../scripts/build-steps.ts';

const buildsDir = mkdtempSync(join(tmpdir(), 'sdd-builds-'));
afterAll(() => rmSync(buildsDir, { recursive: true, force: true }));

describe('ownWorkDir', () => {
  it('removes the folders of ended processes and keeps those of running ones', () => {
    // A process that has ended: its pid is free (for now).
    const ended = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const endedPid = ended.stdout.trim();
    const running = String(process.ppid); // the test runner's parent runs
    for (const pid of [endedPid, running, 'not-a-pid']) {
      mkdirSync(join(buildsDir, pid, '.astro'), { recursive: true });
      writeFileSync(join(buildsDir, pid, '.astro', 'chunk.mjs'), '');
    }
    const own = ownWorkDir(buildsDir);
    expect(own).toBe(join(buildsDir, String(process.pid)));
    expect(existsSync(own)).toBe(true);
    expect(existsSync(join(buildsDir, endedPid))).toBe(false);
    expect(existsSync(join(buildsDir, running))).toBe(true);
    expect(existsSync(join(buildsDir, 'not-a-pid'))).toBe(true);
  });
});
