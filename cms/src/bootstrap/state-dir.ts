// The git-ignored folder for what this installation generates and must keep:
// the SQLite database, the admin login, the build token. Back it up.
import fs from 'node:fs';
import path from 'node:path';

export function stateDir(appRoot: string): string {
  const dir = path.resolve(appRoot, process.env.SDD_STATE_DIR ?? '.data');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Writes a file readable by the owner only. */
export function writePrivate(file: string, content: string): void {
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}
