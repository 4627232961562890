// The site's builds through one long-running builder process
// (site/scripts/warm-build-worker.ts): after its first build it renders only
// the changed pages, without starting Astro and Vite again (docs/publishing.md).
// Same contract as a build as a child process (run-step.ts): the step's
// signal (timeout, shutdown) kills the builder's process group, and the
// promise settles only once it has exited; the next build starts a new one.
// The builder is also ended here when it asks for a new process and after a
// failed build, once its answer has been read.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SITE_ROOT } from '../paths.ts';
import { StepError } from './run-step.ts';
import { BUILD_PRELOADS, INCREMENTAL_PRELOADS } from '../../site/scripts/build-steps.ts';
import type { WarmBuildRequest } from '../../site/scripts/warm-build-worker.ts';
import type { SiteBuilder } from './site-builder.ts';

const WORKER = join(SITE_ROOT, 'scripts', 'warm-build-worker.ts');
/**
 * Builds per builder process before a new one starts: whatever Node, Astro or a page module keeps from build to build
 * (none grew over the builds measured) stays bounded.
 */
export const BUILDS_PER_PROCESS = 50;

const answerSchema = z.union([
  z.object({ ok: z.literal(true), log: z.array(z.string()) }),
  z.object({ ok: z.literal(false), error: z.string() }),
  z.object({ restart: z.literal(true) }),
]);

const newsSchema = z.object({ pagesReady: z.literal(true) });

const killGroup = (child: ChildProcess) => {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
};

interface Worker {
  child: ChildProcess;
  /** The last lines it printed, for the error of a build it did not answer. */
  output: string[];
  builds: number;
  exited: Promise<void>;
}

/**
 * Builds as `node site/scripts/build.ts` would with SITE_INCREMENTAL=1. `env`: the builder's environment
 * (SITE_CACHE_DIR, SITE_URL, flags); `log`: its report lines. `close()` closes the builder's IPC channel, on which it
 * removes its working folder and ends its process group itself: the publisher's process may be gone before a kill
 * from here was seen through.
 */
export function createWarmSiteBuilder(env: NodeJS.ProcessEnv, log: (line: string) => void): SiteBuilder {
  let worker: Worker | undefined;
  let building = false;

  function start(): Worker {
    const child = spawn(process.execPath, [...BUILD_PRELOADS, ...INCREMENTAL_PRELOADS, WORKER], {
      cwd: SITE_ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const output: string[] = [];
    const keep = (chunk: Buffer) => {
      output.push(...chunk.toString().split('\n').filter(Boolean));
      output.splice(0, Math.max(0, output.length - 40));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const exited = new Promise<void>((resolve) => {
      const gone = () => {
        // Its working folder (site/.builds/<pid>: server bundle, assets) is removed by its own exit handler, which
        // a killed process does not run.
        if (child.pid) rmSync(join(SITE_ROOT, '.builds', String(child.pid)), { recursive: true, force: true });
        resolve();
      };
      child.once('exit', gone);
      // Not started at all (no 'exit' follows).
      child.once('error', () => (child.pid === undefined ? gone() : undefined));
    });
    const started: Worker = { child, output, builds: 0, exited };
    void exited.then(() => {
      if (worker === started) worker = undefined;
    });
    return started;
  }

  /** Ends the builder process; resolves once it has exited. */
  function end(which: Worker | undefined): Promise<void> {
    if (!which) return Promise.resolve();
    if (worker === which) worker = undefined;
    killGroup(which.child);
    return which.exited;
  }

  /** One request to a builder; 'restart' if it asks for a new process (then it has been ended). */
  async function ask(
    request: WarmBuildRequest,
    signal: AbortSignal,
    pagesReady: () => void,
  ): Promise<'done' | 'restart'> {
    if (worker && worker.builds >= BUILDS_PER_PROCESS) await end(worker);
    const current = (worker ??= start());
    current.builds++;
    current.output.length = 0;
    const { child } = current;
    let cleanUp = () => {};
    const answered = new Promise<z.infer<typeof answerSchema>>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if (newsSchema.safeParse(message).success) return pagesReady();
        const parsed = answerSchema.safeParse(message);
        if (parsed.success) resolve(parsed.data);
        else reject(new StepError(`the site builder answered ${JSON.stringify(message)}`));
      };
      const onError = (error: Error) => reject(new StepError(`the site builder failed: ${error.message}`));
      const onAbort = () => reject(signal.reason instanceof StepError ? signal.reason : new StepError('stopped'));
      child.on('message', onMessage);
      child.on('error', onError);
      signal.addEventListener('abort', onAbort, { once: true });
      void current.exited.then(() =>
        reject(
          new StepError(
            `the site builder ended (exit ${child.exitCode ?? child.signalCode}): ${current.output.slice(-12).join('\n')}`,
          ),
        ),
      );
      cleanUp = () => {
        child.off('message', onMessage);
        child.off('error', onError);
        signal.removeEventListener('abort', onAbort);
      };
      if (signal.aborted) onAbort();
      else child.send(request, (error) => (error ? onError(error) : undefined));
    });
    try {
      const answer = await answered;
      if ('restart' in answer) {
        await end(current);
        return 'restart';
      }
      if (!answer.ok) throw new StepError(answer.error.split('\n').slice(0, 12).join('\n'));
      for (const line of answer.log) log(line);
      return 'done';
    } catch (error) {
      // Stopped, failed or gone: the process ends (half a build can leave state behind), and only then does the
      // step settle.
      await end(current);
      throw error;
    } finally {
      cleanUp();
    }
  }

  return {
    async build(request, signal, pagesReady = () => {}) {
      if (building) throw new StepError('a site build is already running in this builder');
      building = true;
      try {
        // A builder that asks for a new process does so before it builds anything.
        if (
          (await ask(request, signal, pagesReady)) === 'restart' &&
          (await ask(request, signal, pagesReady)) === 'restart'
        )
          throw new StepError('a new site builder process asked for another one');
      } finally {
        building = false;
      }
    },
    close: () => {
      if (worker?.child.connected) worker.child.disconnect();
      else void end(worker);
      worker = undefined;
    },
  };
}
