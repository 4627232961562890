// Loaded into Astro's process (`node --import`, see build.ts) for incremental
// builds. Those put the kept pages into the new output folder as hard links to
// the cache copies (incremental-build.ts), and the cache copies are linked
// into every earlier build folder too, the live one included. Astro writes a
// page it renders again into the existing file (and its cache copy likewise),
// which would change the same bytes in every earlier build: the live site
// would change before the switch, and a rollback would show the new content.
// So every write or copy onto a file with more than one link, through the
// functions Astro and Vite write with (writeFile and copyFile, promise, sync
// and callback forms), first removes that name, and the write creates a file
// of its own. Other writers into the output folder write only names that are
// never linked: Astro's and Vite's assets (`_astro/`, moved in by rename,
// which replaces a name; a warm build links those of its process's first
// build and writes none) and the full-text index (`pagefind/`, written by
// search-index.ts into a new folder: new files, or links to the last build's
// unchanged ones, which nothing writes into). The
// incremental-build test shows an earlier build unchanged after every page
// was rendered again over its links.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/** Removes `target` if it is a name of a file with other names (a hard link); descriptors and handles pass. */
function unshare(target: unknown): void {
  if (!(typeof target === 'string' || target instanceof URL || Buffer.isBuffer(target))) return;
  const stats = fs.statSync(target, { throwIfNoEntry: false });
  if (stats?.isFile() && stats.nlink > 1) fs.unlinkSync(target);
}

const promises = fs.promises;
const { writeFile, copyFile } = promises;
promises.writeFile = (file, ...rest) => {
  unshare(file);
  return writeFile(file, ...rest);
};
promises.copyFile = (source, destination, mode) => {
  unshare(destination);
  return copyFile(source, destination, mode);
};

const { writeFileSync, copyFileSync } = fs;
fs.writeFileSync = (file, ...rest) => {
  unshare(file);
  writeFileSync(file, ...rest);
};
fs.copyFileSync = (source, destination, mode) => {
  unshare(destination);
  copyFileSync(source, destination, mode);
};

const callbackWriteFile = fs.writeFile;
fs.writeFile = ((file: unknown, ...rest: unknown[]) => {
  unshare(file);
  (callbackWriteFile as (...args: unknown[]) => void)(file, ...rest);
}) as typeof fs.writeFile;

// `import { writeFile } from 'node:fs/promises'` binds the module's exports: let them see the wrappers too.
syncBuiltinESMExports();
