// Build folders and the live pointer. `live` is a symlink to the current
// build; switching writes a new link beside it and renames it over the old
// one, which is atomic: a reader sees the old site or the new one, never a mix.
import { mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { basename, join } from 'node:path';

export function createReleases(stateDir: string) {
  const buildsDir = join(stateDir, 'builds');
  const liveLink = join(stateDir, 'live');
  // Folders created here are owner-only (the default .data/ holds the webhook secret); an existing
  // state folder keeps its mode, since a web server of another user may serve live/site from it.
  mkdirSync(buildsDir, { recursive: true, mode: 0o700 });

  const liveId = (): string | null => {
    try {
      return basename(readlinkSync(liveLink));
    } catch {
      return null;
    }
  };

  return {
    liveId,
    /** Folder the web server serves: the live build's site, or null before the first success. */
    liveSiteDir: (): string | null => {
      const id = liveId();
      return id ? join(buildsDir, id, 'site') : null;
    },
    /** A fresh folder for build `id`. */
    create(id: string): string {
      const dir = join(buildsDir, id);
      mkdirSync(dir, { recursive: true });
      return dir;
    },
    switchLive(id: string): void {
      const tmp = `${liveLink}.${process.pid}.tmp`;
      rmSync(tmp, { force: true });
      symlinkSync(join('builds', id), tmp);
      renameSync(tmp, liveLink);
    },
    /**
     * Removes failed and old builds, keeping the newest `keep` successful ones and the live one. In a thread of its
     * own: removing a build of ten times the demo (15,000 files) takes about half a second, in which the publisher's
     * HTTP server (and `npm start`'s web server in the same process) would answer nobody; removed through Node's
     * asynchronous `rm` instead, its thousands of requests filled libuv's thread pool, and the new live page waited
     * about a second behind them.
     */
    async prune(keep: number, successful: ReadonlySet<string>): Promise<void> {
      const live = liveId();
      const ids = readdirSync(buildsDir).sort().reverse();
      const kept = new Set(ids.filter((id) => successful.has(id)).slice(0, keep));
      const gone = ids.filter((id) => id !== live && !kept.has(id)).map((id) => join(buildsDir, id));
      if (gone.length > 0) await removeInThread(gone);
    },
  };
}

export type Releases = ReturnType<typeof createReleases>;

const REMOVE = `
const { rmSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
for (const path of workerData) rmSync(path, { recursive: true, force: true });
`;

/** Removes `paths` (folders, recursively) in a worker thread; rejects with what went wrong. */
function removeInThread(paths: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(REMOVE, { eval: true, workerData: paths });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the removal ended with code ${code}`))));
  });
}
