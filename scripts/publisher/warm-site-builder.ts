// The live site's builds through one long-running builder process
// (site/scripts/warm-build-worker.ts): after its first build it renders only
// the changed pages, without starting Astro and Vite again (docs/publishing.md).
// Same contract as a build as a child process (run-step.ts): the step's
// signal (timeout, shutdown) kills the builder's process group, and the
// promise settles only once it has exited; the next build starts a new one.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { SITE_ROOT } from '../paths.ts';
import { StepError } from './run-step.ts';
import { INCREMENTAL_PRELOADS } from '../../site/scripts/build-steps.ts';
import type { WarmBuildRequest } from '../../site/scripts/warm-build-worker.ts';

const WORKER = join(SITE_ROOT, 'scripts', 'warm-build-worker.ts');
/** Builds per builder process before a new one starts: what Node or Astro may keep from build to build stays small. */
export const BUILDS_PER_PROCESS = 100;

const answerSchema = z.union([
  z.object({ ok: z.literal(true), log: z.array(z.string()) }),
  z.object({ ok: z.literal(false), error: z.string() }),
  z.object({ restart: z.literal(true) }),
]);

const killGroup = (child: ChildProcess) => {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
};

export interface WarmSiteBuilder {
  /** Builds as `node site/scripts/build.ts` would with SITE_INCREMENTAL=1; rejects with a StepError. */
  build(request: WarmBuildRequest, signal: AbortSignal): Promise<void>;
  /** Ends the builder process (the publisher stops). */
  close(): void;
}

/** `env`: the builder's environment (SITE_CACHE_DIR, SITE_URL, flags); `log`: its report lines. */
export function createWarmSiteBuilder(env: NodeJS.ProcessEnv, log: (line: string) => void): WarmSiteBuilder {
  let worker: { child: ChildProcess; output: string[]; builds: number } | undefined;

  function start() {
    const child = spawn(process.execPath, [...INCREMENTAL_PRELOADS, WORKER], {
      cwd: SITE_ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const started = { child, output: [] as string[], builds: 0 };
    const keep = (chunk: Buffer) => started.output.push(...chunk.toString().split('\n').filter(Boolean).slice(-40));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('exit', () => {
      if (worker === started) worker = undefined;
    });
    return started;
  }

  function stopWorker() {
    if (!worker) return;
    killGroup(worker.child);
    worker = undefined;
  }

  /** One request to a builder; `restart` if it asks for a new process. */
  function ask(request: WarmBuildRequest, signal: AbortSignal): Promise<'done' | 'restart'> {
    if (!worker || worker.builds >= BUILDS_PER_PROCESS) {
      stopWorker();
      worker = start();
    }
    const current = worker;
    current.builds++;
    current.output.length = 0;
    const { child } = current;
    return new Promise((resolve, reject) => {
      let failure: StepError | undefined;
      let result: 'done' | 'restart' | undefined;
      const end = (why: StepError) => {
        failure ??= why;
        killGroup(child);
      };
      const onAbort = () => end(signal.reason instanceof StepError ? signal.reason : new StepError('stopped'));
      const onMessage = (message: unknown) => {
        const answer = answerSchema.safeParse(message);
        if (!answer.success) return end(new StepError(`the site builder answered ${JSON.stringify(message)}`));
        if ('restart' in answer.data) {
          result = 'restart';
          return; // it exits now
        }
        if (!answer.data.ok) return end(new StepError(answer.data.error.split('\n').slice(0, 12).join('\n')));
        for (const line of answer.data.log) log(line);
        settle();
        resolve('done');
      };
      const onExit = (code: number | null, exitSignal: NodeJS.Signals | null) => {
        settle();
        if (result) return resolve(result);
        reject(failure ?? new StepError(`exit ${code ?? exitSignal}: ${current.output.slice(-12).join('\n')}`));
      };
      const settle = () => {
        signal.removeEventListener('abort', onAbort);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      // Settles on the answer, or, when the builder ends, only once it has exited.
      child.on('message', onMessage);
      child.on('exit', onExit);
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      child.send(request);
    });
  }

  return {
    async build(request, signal) {
      // A builder that asks for a new process does so before it builds anything.
      if ((await ask(request, signal)) === 'restart' && (await ask(request, signal)) === 'restart')
        throw new StepError('a new site builder process asked for another one');
    },
    close: stopWorker,
  };
}
