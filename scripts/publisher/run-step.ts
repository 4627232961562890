// Runs a build step as a child process in its own process group, so that a
// step that hangs can be stopped with everything it started.
import { spawn } from 'node:child_process';

export class StepError extends Error {}

/** Process groups of steps still running, so that stopping the publisher can end them. */
const active = new Set<number>();

let stopping = false;

export function killRunningSteps(): void {
  stopping = true;
  for (const pid of active) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  active.clear();
}

/** `signal`: aborting it kills the process group, e.g. a preview build that must make way for a live build. */
export function runProcess(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; signal?: AbortSignal }): Promise<void> {
  if (stopping) return Promise.reject(new StepError('the publisher is stopping'));
  if (options.signal?.aborted) return Promise.reject(new StepError('stopped'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid) active.add(child.pid);
    options.signal?.addEventListener('abort', () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, { once: true });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new StepError(`stopped after ${Math.round(options.timeoutMs / 1000)} s (PUBLISHER_BUILD_TIMEOUT_MS)`));
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (child.pid) active.delete(child.pid);
      if (code === 0) resolve();
      else reject(new StepError(`exit ${code ?? signal}: ${output.trim().split('\n').slice(-12).join('\n')}`));
    });
  });
}
