// Runs a command-line script of ours as a child process without blocking the
// test's event loop: a blocking spawnSync froze the in-process publisher
// (webhooks unanswered) and let the test's keep-alive sockets to the CMS go stale.
import { spawn } from 'node:child_process';

export interface ScriptRun {
  code: number | null;
  out: string;
  err: string;
}

export function runScript(script: string, args: readonly string[], env: Record<string, string>): Promise<ScriptRun> {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
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
