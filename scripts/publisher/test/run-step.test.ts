// Build steps as child process groups: stopping or timing out a step ends the
// whole group before the promise settles, and stopping one caller's steps
// leaves every other caller's steps free to run (no module-wide stop flag).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runProcess, StepError } from '../run-step.ts';

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A step that starts a grandchild (as astro build starts workers), writes its pid, and hangs. */
function hangingStep(): { args: string[]; grandchildPid: () => number } {
  work = mkdtempSync(join(tmpdir(), 'sdd-run-step-'));
  const pidFile = join(work, 'grandchild.pid');
  const script = `const { spawn } = require('node:child_process'); const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid)); setInterval(() => {}, 1000);`;
  return { args: ['-e', script], grandchildPid: () => Number(readFileSync(pidFile, 'utf8')) };
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
};

const options = (extra: { timeoutMs?: number; signal?: AbortSignal } = {}) => ({
  cwd: tmpdir(),
  env: process.env,
  timeoutMs: 60_000,
  ...extra,
});

describe('runProcess', () => {
  it('ends the whole process group when the step is stopped, and rejects only once it has ended', async () => {
    const step = hangingStep();
    const controller = new AbortController();
    const running = runProcess(step.args, options({ signal: controller.signal }));
    await waitFor(() => {
      try {
        return step.grandchildPid() > 0;
      } catch {
        return false;
      }
    });
    const grandchild = step.grandchildPid();
    expect(alive(grandchild)).toBe(true);
    controller.abort(new StepError('the publisher is stopping'));
    await expect(running).rejects.toThrow('the publisher is stopping');
    await waitFor(() => !alive(grandchild));
    expect(alive(grandchild)).toBe(false);
  });

  it('ends a step that times out with everything it started', async () => {
    const step = hangingStep();
    const running = runProcess(step.args, options({ timeoutMs: 1500 }));
    await waitFor(() => {
      try {
        return step.grandchildPid() > 0;
      } catch {
        return false;
      }
    });
    const grandchild = step.grandchildPid();
    await expect(running).rejects.toThrow(/stopped after 2 s \(PUBLISHER_BUILD_TIMEOUT_MS\)/);
    await waitFor(() => !alive(grandchild));
    expect(alive(grandchild)).toBe(false);
  });

  it("stopping one caller's steps leaves another caller's steps free to run", async () => {
    const stopped = new AbortController();
    stopped.abort(new StepError('the publisher is stopping'));
    await expect(runProcess(['-e', ''], options({ signal: stopped.signal }))).rejects.toThrow(
      'the publisher is stopping',
    );
    // A second publisher in the same process (tests, a restart): its steps run.
    await expect(
      runProcess(['-e', 'process.exit(0)'], options({ signal: new AbortController().signal })),
    ).resolves.toBeUndefined();
    await expect(runProcess(['-e', 'process.exit(0)'], options())).resolves.toBeUndefined();
  });

  it('reports a failing step with the end of its output', async () => {
    await expect(runProcess(['-e', 'console.error("astro: kaputt"); process.exit(3)'], options())).rejects.toThrow(
      /exit 3: astro: kaputt/,
    );
  });
});
