// Starts the real CMS (`strapi start`, built beforehand) as a child process
// with its own secrets, state folder and database, and stops it again. Used
// by the integration tests and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSecrets } from './secrets.ts';
import { strapiBin } from './strapi-bin.ts';
import { freePort } from './free-port.ts';

export const CMS_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface RunningStrapi {
  url: string;
  pid: number;
  stateDir: string;
  logFile: string;
  stop(): Promise<void>;
}

export type DatabaseEnv =
  { DATABASE_CLIENT: 'sqlite'; DATABASE_FILENAME: string } | { DATABASE_CLIENT: 'postgres'; DATABASE_URL: string };

async function waitUntilHealthy(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(
        `Strapi exited during start-up. Log (${logFile}):\n${readFileSync(logFile, 'utf8').slice(-4000)}`,
      );
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(
    `Strapi did not become healthy within ${timeoutMs} ms. Log (${logFile}):\n${readFileSync(logFile, 'utf8').slice(-4000)}`,
  );
}

/**
 * Starts Strapi. `database` defaults to a SQLite file in the state folder;
 * `stateDir` defaults to a fresh temporary folder, removed again on stop().
 */
export async function startStrapi(
  options: { database?: DatabaseEnv; env?: Record<string, string>; stateDir?: string; timeoutMs?: number } = {},
): Promise<RunningStrapi> {
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'sdd-cms-'));
  const ownsStateDir = options.stateDir === undefined;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(stateDir, 'strapi.log');
  const database = options.database ?? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(stateDir, 'data.db') };
  const child = spawn(process.execPath, [strapiBin(), 'start'], {
    cwd: CMS_ROOT,
    env: {
      ...process.env,
      ...generateSecrets(),
      ...database,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      SDD_STATE_DIR: stateDir,
      STRAPI_TELEMETRY_DISABLED: 'true',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  await waitUntilHealthy(url, child, logFile, options.timeoutMs ?? 180_000);
  return {
    url,
    pid: child.pid!,
    stateDir,
    logFile,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      if (ownsStateDir) rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
