// Runs a build step as a child process in its own process group, so that a
// step that hangs, times out or is stopped ends with everything it started.
// No module state: who may stop a step says so through its `signal` (the
// publisher's shutdown, a live build pre-empting a preview, a step's timeout),
// so stopping one publisher never stops another in the same process.
import { spawn } from 'node:child_process';

export class StepError extends Error {
  override readonly name = 'StepError';
}

/** A step stopped by its time limit, in the words the failure record looks for (build-failure.ts). */
export const timedOut = (timeoutMs: number) =>
  new StepError(`stopped after ${Math.round(timeoutMs / 1000)} s (PUBLISHER_BUILD_TIMEOUT_MS)`);

const killGroup = (pid: number | undefined) => {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
};

/** `signal`: aborting it kills the process group and rejects with its reason (a StepError) or "stopped". */
export function runProcess(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; signal?: AbortSignal },
): Promise<void> {
  const { signal } = options;
  const stopped = () => (signal?.reason instanceof StepError ? signal.reason : new StepError('stopped'));
  if (signal?.aborted) return Promise.reject(stopped());
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Set when the step is ended from outside, so that the exit that follows reports why.
    let ended: StepError | undefined;
    const end = (why: StepError) => {
      ended ??= why;
      killGroup(child.pid);
    };
    const onAbort = () => end(stopped());
    signal?.addEventListener('abort', onAbort, { once: true });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => end(timedOut(options.timeoutMs)), options.timeoutMs);
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (error) => {
      done();
      reject(error);
    });
    // Settles only once the child has exited: a step that was stopped has really ended when the promise does.
    child.on('exit', (code, exitSignal) => {
      done();
      if (ended) reject(ended);
      else if (code === 0) resolve();
      else reject(new StepError(`exit ${code ?? exitSignal}: ${output.trim().split('\n').slice(-12).join('\n')}`));
    });
  });
}

/** `work` with a signal that also aborts, with a StepError saying so, after `timeoutMs`. */
export async function withTimeout<T>(
  signal: AbortSignal,
  timeoutMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(timedOut(timeoutMs)), timeoutMs);
  try {
    return await work(AbortSignal.any([signal, timeout.signal]));
  } finally {
    clearTimeout(timer);
  }
}
