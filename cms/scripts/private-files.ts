// File modes for what an installation keeps to itself: the database holds
// drafts, non-public agenda items and the webhook secret in clear; the state
// folders hold API tokens and the admin login. Folders 700, files 600 — set
// on every start, so that an installation created with looser modes (or
// restored from a backup) is tightened too. Plain Node, no imports from the
// CMS, so that the CMS (compiled) and the Node scripts share it.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` if missing and makes it (not its parents) owner-only. */
export function ensurePrivateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
  return dir;
}

/** Makes an existing file owner-only; a missing one is left missing. */
export function restrictFile(file: string): void {
  if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

/** Writes a file readable by the owner only (also when it existed with a looser mode). */
export function writePrivateFile(file: string, content: string): void {
  writeFileSync(file, content, { mode: PRIVATE_FILE_MODE });
  chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * A SQLite database and its journals, owner-only. A missing database is
 * created empty with mode 600 first: SQLite creates its -wal/-shm/-journal
 * files with the mode of the database file, so they follow.
 */
export function ensurePrivateSqlite(dbFile: string): void {
  // Only a folder created here is made private: DATABASE_FILENAME may point into a shared one.
  mkdirSync(dirname(dbFile), { recursive: true, mode: PRIVATE_DIR_MODE });
  closeSync(openSync(dbFile, 'a', PRIVATE_FILE_MODE));
  for (const suffix of ['', '-wal', '-shm', '-journal']) restrictFile(`${dbFile}${suffix}`);
}
