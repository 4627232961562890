// Runs a program as a child process without blocking the test's event loop:
// a blocking spawnSync froze the in-process publisher (webhooks unanswered)
// and let the test's keep-alive sockets to the CMS go stale.
import { spawn } from 'node:child_process';

export interface ScriptRun {
  code: number | null;
  out: string;
  err: string;
}

/** Any program (psql, nginx, …): its exit code and its output. */
export function runProgram(
  program: string,
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<ScriptRun> {
  const child = spawn(program, [...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** A command-line script of ours, run by this Node. */
export const runScript = (
  script: string,
  args: readonly string[],
  env: Record<string, string>,
  options: { cwd?: string } = {},
): Promise<ScriptRun> => runProgram(process.execPath, [script, ...args], { env, cwd: options.cwd });
