// Loaded into Astro's process (`node --import`, see build.ts) for incremental
// builds, after unshare-before-write.ts. Astro writes every keyed page twice:
// into the output folder, then the same bytes as its cache copy
// (`<SITE_CACHE_DIR>/dist/…`). On this kind of machine writing costs about
// 14 ms per MB: the second write of a full 10× build (250 MB) took seconds.
// So a cache copy whose bytes equal the page just written to the output folder
// becomes a hard link to it. The bytes are compared, not assumed: should Astro
// ever write something else there, it is written as before. Safe with the
// links of later builds for the same reason as the kept pages: every later
// write onto a linked file makes a file of its own (unshare-before-write.ts).
import fs from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syncBuiltinESMExports } from 'node:module';

/** If `target` is a cache copy: its path, and the output file whose bytes it would repeat. */
function asCacheCopy(target: unknown, copies: string, outDir: string): { copy: string; page: string } | null {
  const copy = typeof target === 'string' ? resolve(target) : target instanceof URL ? fileURLToPath(target) : null;
  if (!copy?.startsWith(copies + sep)) return null;
  return { copy, page: join(outDir, relative(copies, copy)) };
}

function sameBytes(file: string, data: unknown): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data instanceof Uint8Array ? data : null;
  if (!bytes) return false;
  const stats = fs.statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() === true && stats.size === bytes.byteLength && fs.readFileSync(file).equals(bytes);
}

// The folders are read at each write: the warm builder (warm-build-worker.ts) builds into a new output folder each time.
const folders = () => {
  const { SITE_CACHE_DIR, SITE_OUT_DIR } = process.env;
  return SITE_CACHE_DIR && SITE_OUT_DIR
    ? { copies: join(resolve(SITE_CACHE_DIR), 'dist'), outDir: resolve(SITE_OUT_DIR) }
    : null;
};

// Installed where there is a cache folder; the output folder may be set later (warm-build-worker.ts, per build).
if (process.env.SITE_CACHE_DIR) {
  const promises = fs.promises;
  const { writeFile } = promises;
  promises.writeFile = async (file, data, options) => {
    const where = folders();
    const target = where && asCacheCopy(file, where.copies, where.outDir);
    if (!target || !sameBytes(target.page, data)) return writeFile(file, data, options);
    await promises.rm(target.copy, { force: true });
    // Where no link can be made (folders on two file systems, set so by hand; one without hard links), it is written.
    await promises.link(target.page, target.copy).catch(() => writeFile(file, data, options));
  };
  syncBuiltinESMExports();
}
