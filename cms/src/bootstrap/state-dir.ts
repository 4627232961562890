// The git-ignored folder for what this installation generates and must keep:
// the SQLite database, the admin login, the API tokens. Back it up.
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, restrictFile } from '../../scripts/private-files';

/** The state folder, created if missing; it and every file in it are made owner-only on every start. */
export function stateDir(appRoot: string): string {
  const dir = ensurePrivateDir(path.resolve(appRoot, process.env.SDD_STATE_DIR ?? '.data'));
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) restrictFile(path.join(dir, entry.name));
  }
  return dir;
}
