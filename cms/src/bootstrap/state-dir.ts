// The git-ignored folder for what this installation generates and must keep:
// the SQLite database, the admin login, the API tokens. Back it up.
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, restrictFile } from '../../scripts/private-files';
import { cmsStatePath } from '../../scripts/state-path';

/** The state folder, created if missing; it and every file in it are made owner-only on every start. */
export function stateDir(appRoot: string): string {
  const dir = ensurePrivateDir(cmsStatePath(appRoot));
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) restrictFile(path.join(dir, entry.name));
  }
  return dir;
}
